namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>Onshore, nearshore or offshore delivery: cost against onshore, shared working hours, strengths and risks.</summary>
public sealed class LocationProfile
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    /// <summary>Cost as a fraction of the onshore cost for the same work (onshore is 1).</summary>
    public required decimal CostFactorMin { get; init; }
    public required decimal CostFactorMax { get; init; }
    public List<string> CostSources { get; init; } = [];
    public string? CostNote { get; init; }
    /// <summary>Time-zone gap to the client, in hours.</summary>
    public required int GapHoursMin { get; init; }
    public required int GapHoursMax { get; init; }
    /// <summary>Hours of a standard working day both sides share.</summary>
    public required int OverlapHoursMin { get; init; }
    public required int OverlapHoursMax { get; init; }
    public List<string> HoursSources { get; init; } = [];
    public string? HoursNote { get; init; }
    public List<SourcedNote> Strengths { get; init; } = [];
    public List<SourcedNote> Risks { get; init; } = [];
    public List<string> Sources { get; init; } = [];
}

/// <summary>One sentence in our own words with the source it rests on.</summary>
public sealed class SourcedNote
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
