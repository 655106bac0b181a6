namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>One reason an option gained or lost points: which criterion, how many points, why, and on what source.</summary>
public sealed record Reason(string Criterion, string Text, double Points, string Source);

public sealed record ModelScore(ModelOption Model, double Score, IReadOnlyList<Reason> Reasons);

public sealed record MoneyRange(decimal Low, decimal High);

public sealed record HoursRange(int Min, int Max);

public sealed record LocationScore(
    string Location,
    double Score,
    bool Excluded,
    IReadOnlyList<Reason> Exclusions,
    IReadOnlyList<Reason> Reasons,
    MoneyRange? MonthlyCost,
    HoursRange OverlapHours);

public sealed record RecommendedOption(ModelOption Model, string? Specialization, string Location);

/// <summary>The cost of the recommended option at the recommended location, against the budget and an in-house hire.</summary>
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
    string Note);

/// <summary>One changed answer that would change the recommended model or location.</summary>
public sealed record WhatIfChange(string Field, string Value, ModelOption Model, string Location);

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
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    OwnerSummary? Owner = null);

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

public sealed record OnshorePricing(decimal Factor, bool Scaled, string Explanation, IReadOnlyList<string> Sources);

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
