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
    string? PreferenceNote);
