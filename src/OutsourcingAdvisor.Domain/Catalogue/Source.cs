namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>Where a fact comes from: one of the five source documents, a public reference figure, or our own weighting.</summary>
public sealed record Source
{
    public required string Id { get; init; }
    /// <summary><c>document</c>, <c>reference</c> or <c>editorial</c> (see <see cref="SourceKinds"/>).</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string? Publisher { get; init; }
    public int? Year { get; init; }
    /// <summary>The file name under shared/seeds for a document.</summary>
    public string? File { get; init; }
    public string? Note { get; init; }
    /// <summary>The public page the figure was read on, for a reference; the documents have none.</summary>
    public string? Url { get; init; }

    /// <summary>A short label for reports: "Staff Desk, What is KPO..." or "Site Selection Group, 2024".</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Citation =>
        Kind == SourceKinds.Document
            ? (Publisher is null ? $"“{Title}” (source document)" : $"{Publisher}, “{Title}” (source document)")
            : Year is null ? $"{Publisher ?? Title}" : $"{Publisher ?? Title}, {Year}";
}

public static class SourceKinds
{
    public const string Document = "document";
    public const string Reference = "reference";
    public const string Editorial = "editorial";
    public static readonly string[] All = [Document, Reference, Editorial];
}
