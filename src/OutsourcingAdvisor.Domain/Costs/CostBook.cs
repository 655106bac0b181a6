namespace OutsourcingAdvisor.Domain.Costs;

/// <summary>
/// Everything the cost model reads, from <c>seed-data/costs.json</c>: what providers charge per trade unit by band,
/// the in-house wage of the matching occupation, the loaded-cost figure and the hours a covered seat needs.
/// Records all the way down, so a catalogue version can hold it as one immutable value.
/// </summary>
public sealed record CostBook(LoadedCost LoadedCost, CoverHours CoverHours, IReadOnlyList<CategoryCosts> Categories)
{
    private readonly Dictionary<string, CategoryCosts> _bySlug = Categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);

    public CategoryCosts? For(string slug) => _bySlug.GetValueOrDefault(slug);
}

/// <summary>BLS Employer Costs for Employee Compensation: wages and benefits per hour worked.</summary>
public sealed record LoadedCost(string Series, string Period, decimal WagesPerHour, decimal BenefitsPerHour, decimal TotalPerHour, string Source)
{
    /// <summary>Total compensation as a multiple of wages (45.65 / 32.07 for June 2025): what a wage costs the employer.</summary>
    public decimal Factor { get; } = WagesPerHour <= 0 ? 0 : Math.Round(TotalPerHour / WagesPerHour, 3, MidpointRounding.AwayFromZero);
}

/// <summary>Hours a seat is staffed in a month for each kind of cover.</summary>
public sealed record CoverHours(int BusinessHours, int Extended, int RoundTheClock, string Source, string Note);

public sealed record CategoryCosts(
    string Slug,
    TradeUnit TradeUnit,
    IReadOnlyList<ProviderPrice> Prices,
    PercentBelowInHouse? PercentBelowInHouse,
    IReadOnlyList<SourcedLabel> ProviderKinds,
    IReadOnlyList<SourcedLabel> PricingModels,
    InHouseWage? Wage,
    IReadOnlyList<string> Gaps);

/// <summary>One provider price as a page prints it, in USD per <see cref="CategoryCosts.TradeUnit"/>.</summary>
/// <param name="Band">The band this figure is for a US buyer (onshore, nearshore, offshore), or null where the page names no location.</param>
/// <param name="OpenEnded">The page gives a floor ("from $25", "$5,000+"): Max is that floor too.</param>
public sealed record ProviderPrice(
    decimal Min,
    decimal Max,
    bool OpenEnded,
    string? ProviderCountry,
    string? Region,
    string? Band,
    string? ProviderKind,
    int? Year,
    string Source,
    string? Note);

/// <summary>A share below the in-house wage (doc-002's research outsourcing figure), turned into an hourly rate.</summary>
public sealed record PercentBelowInHouse(decimal Min, decimal Max, string Source);

/// <summary>A provider kind or pricing model named by a source for this kind of work.</summary>
public sealed record SourcedLabel(string Name, string Source);

/// <summary>The US wage of the occupation that does this work (BLS OEWS or the Occupational Outlook Handbook).</summary>
public sealed record InHouseWage(
    string Soc,
    string Occupation,
    string Measure,
    decimal Hourly,
    decimal? Annual,
    bool HourlyFromAnnual,
    int? Year,
    string? Period,
    string Source,
    bool Proxy,
    string? ProxyNote,
    bool Secondary,
    string? Via);
