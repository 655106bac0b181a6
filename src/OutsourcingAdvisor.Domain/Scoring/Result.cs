using System.Text.Json.Serialization;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>One reason an option gained or lost points: which criterion, how many points, why, and on what source.</summary>
public sealed record Reason(string Criterion, string Text, double Points, string Source);

/// <param name="Excluded">A hard rule rules the model out (results stored before such rules lack the field: false).</param>
public sealed record ModelScore(ModelOption Model, double Score, IReadOnlyList<Reason> Reasons, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Excluded = false);

public sealed record MoneyRange(decimal Low, decimal High);

public sealed record HoursRange(int Min, int Max);

public sealed record LocationScore(
    LocationOption Location,
    double Score,
    bool Excluded,
    IReadOnlyList<Reason> Exclusions,
    IReadOnlyList<Reason> Reasons,
    MoneyRange? MonthlyCost,
    HoursRange OverlapHours);

public sealed record RecommendedOption(ModelOption Model, Catalogue.Specialization? Specialization, LocationOption Location);

/// <summary>
/// The cost of the recommended option at the recommended location, against the budget and an in-house hire.
/// The fields after <c>Note</c> came with the unit-based cost model; results stored before it lack them (null).
/// </summary>
/// <remarks>
/// <c>PriceUnit</c> and <c>PriceProvenance</c> stay text because stored results hold two vocabularies in them: before
/// the cost model a catalogue <see cref="Catalogue.PriceUnit"/> and <see cref="Catalogue.Provenance"/>; since, the
/// <see cref="Costs.TradeUnit"/> and basis of <see cref="Price"/>, whose typed fields are the ones to read.
/// </remarks>
public sealed record CostSummary(
    string Currency,
    decimal? Low,
    decimal? High,
    bool? WithinBudget,
    decimal? InHouseLow,
    decimal? InHouseHigh,
    string? PriceUnit,
    string? PriceProvenance,
    IReadOnlyList<string> Sources,
    string Note,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PriceLine? Price = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Quantity = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsTotal = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Budget = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Fit = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? SmallestBudget = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? WholeRangeBudget = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? MostUnits = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WageLine? InHouse = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Costs.ProviderAdvice? Provider = null);

/// <summary>What a provider charges per trade unit in the recommended band, and where the figure comes from.</summary>
/// <param name="Basis"><c>direct</c>, <c>scaled</c> (from <paramref name="ScaledFrom"/> by cost factors), <c>unlocated</c>, <c>share-of-wage</c> or <c>same-share</c> (a share of salary, as in the band it was priced in).</param>
public sealed record PriceLine(Costs.TradeUnit Unit, decimal Low, decimal High, bool OpenEnded, string Basis, string? ScaledFrom, IReadOnlyList<string> Sources, int? Year);

/// <summary>The in-house cost's basis: the occupation's wage (SOC code, year) and the ECEC loaded-cost factor.</summary>
public sealed record WageLine(
    string Soc, string Occupation, string Measure, decimal Hourly, bool HourlyFromAnnual, int? Year, string Source,
    bool Proxy, string? ProxyNote, string? Via, int Hours, decimal LoadedFactor, string LoadedPeriod, string LoadedSource, string? Fit);

/// <summary>Something in the answers or the budget the owner should read before the advice.</summary>
public sealed record AdviceWarning(string Id, string Text, string Source);

/// <summary>Two options within a close-call margin: which is ahead, by how much, and the rule that settled an exact tie.</summary>
public sealed record CloseCall(string Kind, string First, string Second, double Gap, string Rule);

/// <summary>For a hire: where and how to outsource part of the work instead, with its cost.</summary>
public sealed record OutsourcedAlternative(ModelOption Model, string Location, decimal? Low, decimal? High, bool? IsTotal);

/// <summary>One changed answer that would change the recommended model or location.</summary>
public sealed record WhatIfChange(string Field, string Value, ModelOption Model, LocationOption Location);

/// <summary>Everything the engine concluded. Lists are best first.</summary>
public sealed record AssessmentResult(
    string CatalogueVersion,
    string Preset,
    RecommendedOption Recommendation,
    double Lead,
    LeadStrength LeadStrength,
    IReadOnlyList<ModelScore> Models,
    IReadOnlyList<LocationScore> Locations,
    CostSummary Cost,
    IReadOnlyList<WhatIfChange> WhatIf,
    string? PreferenceNote,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AdviceWarning>? Warnings = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CloseCall>? CloseCalls = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OutsourcedAlternative? Alternative = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    OwnerSummary? Owner = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LocationLead? LocationLead = null);

/// <summary>
/// How far the recommended location leads the next one not ruled out, on its own: the model's lead says nothing of it.
/// Null for a hire (who works where the owner is) and in results stored before it was worked out.
/// </summary>
/// <param name="Points">The gap in points; null when no other location is possible.</param>
public sealed record LocationLead(double? Points, LeadStrength Strength);

/// <summary>
/// Where the owner is and what follows from it: the country (and whether it was assumed), the date shared hours
/// were worked out for, how onshore prices were set, every band's example countries with their reasons, and the
/// money of the result in the owner's currency at the catalogue's dated reference rate.
/// </summary>
public sealed record OwnerSummary(
    string Country,
    string CountryName,
    string TimeZone,
    bool Assumed,
    string? Note,
    string AssessedOn,
    OnshorePricing Onshore,
    IReadOnlyList<BandExamples> Bands,
    MoneyShown Money);

/// <param name="Basis">
/// <c>as-published</c> (an owner in the catalogue's own country), <c>scaled</c> (to the owner's wage level),
/// <c>unscaled</c> (US prices: no wage level is known for the country) or <c>local</c> (the country's own prices);
/// absent from results stored before it.
/// </param>
public sealed record OnshorePricing(decimal Factor, bool Scaled, string Explanation, IReadOnlyList<string> Sources,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Basis = null);

/// <summary>One band for this owner: every country in it, the ranked examples, and the countries left out with why.</summary>
public sealed record BandExamples(string Band, IReadOnlyList<string> Countries, IReadOnlyList<ExampleCountryScore> Examples, IReadOnlyList<LeftOutCountry> LeftOut);

public sealed record ExampleCountryScore(string Code, string Name, double Points, double SharedHours, IReadOnlyList<Reason> Reasons);

public sealed record LeftOutCountry(string Code, string Name, string Reason);

/// <summary>The result's money in the owner's currency: the rate (units per US dollar), its date and source, and the converted figures.</summary>
public sealed record MoneyShown(
    string Currency,
    decimal PerUsd,
    string RateDate,
    string RateSource,
    string? Note,
    decimal MonthlyBudget,
    decimal? Low,
    decimal? High,
    decimal? InHouseLow,
    decimal? InHouseHigh);
