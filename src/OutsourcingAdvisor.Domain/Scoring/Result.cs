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
/// <param name="Basis"><c>direct</c>, <c>scaled</c> (from <paramref name="ScaledFrom"/> by cost factors), <c>unlocated</c> or <c>share-of-wage</c>.</param>
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OutsourcedAlternative? Alternative = null);
