namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>One location band the catalogue offers: cost against onshore, shared working hours, strengths and risks.</summary>
public sealed record LocationProfile
{
    public required Scoring.LocationOption Key { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    /// <summary>One line under the band's name where the questionnaire offers it; null in documents stored before it.</summary>
    public string? Hint { get; init; }
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

/// <summary>One sentence in our own words with the source it rests on, and when it applies.</summary>
public sealed record SourcedNote
{
    public required string Text { get; init; }
    public required string Source { get; init; }
    /// <summary>
    /// The cases it is shown in (<see cref="NoteConditions"/>), all of which must hold; empty: whenever its model or
    /// location is recommended.
    /// </summary>
    public IReadOnlyList<string> When { get; init; } = [];
}

/// <summary>The conditions a strength or risk of a model or location may be shown under (seed-data "when").</summary>
public static class NoteConditions
{
    /// <summary>The data are not of low sensitivity (moderate, high, or not said).</summary>
    public const string SensitiveData = "sensitive-data";
    /// <summary>The provider deals with the owner's customers (as answered, or front-office work).</summary>
    public const string CustomerFacing = "customer-facing";
    /// <summary>The band's figures for this work are not above onshore (or there are none to say).</summary>
    public const string CheaperThanOnshore = "cheaper-than-onshore";
    /// <summary>No other band's figures for this work are above onshore.</summary>
    public const string OnshoreDearest = "onshore-dearest";
    /// <summary>A whole process is handed over (or the scope was not said).</summary>
    public const string WholeProcess = "whole-process";
    /// <summary>The work is not one-off.</summary>
    public const string Ongoing = "ongoing";

    public static readonly IReadOnlyList<string> All = [SensitiveData, CustomerFacing, CheaperThanOnshore, OnshoreDearest, WholeProcess, Ongoing];
}
