namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>Onshore, nearshore or offshore delivery: cost against onshore, shared working hours, strengths and risks.</summary>
public sealed record LocationProfile
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    /// <summary>Cost as a fraction of the onshore cost for the same work (onshore is 1).</summary>
    public required SourcedRange<decimal> CostFactor { get; init; }
    /// <summary>Time-zone gap to the client, in hours.</summary>
    public required SourcedRange<int> TimeZoneGapHours { get; init; }
    /// <summary>Hours of a standard working day both sides share.</summary>
    public required SourcedRange<int> OverlapHours { get; init; }
    public List<SourcedNote> Strengths { get; init; } = [];
    public List<SourcedNote> Risks { get; init; } = [];
    public List<string> Sources { get; init; } = [];
}

/// <summary>A low-high figure with the sources it rests on and how it was read.</summary>
public sealed record SourcedRange<T> where T : struct
{
    public required T Min { get; init; }
    public required T Max { get; init; }
    public List<string> Sources { get; init; } = [];
    public string? Note { get; init; }
}

/// <summary>One sentence in our own words with the source it rests on.</summary>
public sealed record SourcedNote
{
    public required string Text { get; init; }
    public required string Source { get; init; }
}

public static class LocationKeys
{
    public const string Onshore = "onshore";
    public const string Nearshore = "nearshore";
    public const string Offshore = "offshore";
    public static readonly string[] All = [Onshore, Nearshore, Offshore];
}
