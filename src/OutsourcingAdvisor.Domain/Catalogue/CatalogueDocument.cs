using System.Security.Cryptography;
using System.Text.Json;

namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>
/// Everything one catalogue version holds, as one immutable value. A version is stored as this document
/// serialised whole, so a new field travels through every admin edit without copy code: an edit is
/// <c>document with { ... }</c> of the last version.
/// </summary>
public sealed record CatalogueDocument
{
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<ServiceCategory> Categories { get; init; }
    public required IReadOnlyList<LocationProfile> Locations { get; init; }
    public required IReadOnlyList<MarketFact> MarketFacts { get; init; }
    public required IReadOnlyList<WeightPreset> Presets { get; init; }
    public required ScoringThresholds Thresholds { get; init; }
    public required string DefaultPreset { get; init; }

    /// <summary>How documents are written and read: the API's camelCase JSON.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The lists in the order reports and the API show them, so equal content gives equal JSON.</summary>
    public static CatalogueDocument Canonical(CatalogueDocument d) => d with
    {
        Sources = [.. d.Sources.OrderBy(s => s.Id, StringComparer.Ordinal)],
        Categories = [.. d.Categories.OrderBy(c => c.Slug, StringComparer.Ordinal)],
        Locations = [.. d.Locations.OrderBy(l => Array.IndexOf(LocationKeys.All, l.Key))],
        MarketFacts = [.. d.MarketFacts.OrderBy(f => f.Id, StringComparer.Ordinal)],
        Presets = [.. d.Presets.OrderBy(p => p.Name, StringComparer.Ordinal)],
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CatalogueDocument FromJson(string json) =>
        JsonSerializer.Deserialize<CatalogueDocument>(json, Json) ?? throw new JsonException("A catalogue document cannot be null.");

    /// <summary>SHA-256 of the serialised document: equal content, equal hash.</summary>
    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(this, Json)));
}

public static class ListEdits
{
    /// <summary>The list with the one entry that matches replaced by its changed copy; every other entry kept as it is.</summary>
    public static IReadOnlyList<T> Replace<T>(this IReadOnlyList<T> list, Func<T, bool> isEntry, Func<T, T> change) =>
        [.. list.Select(x => isEntry(x) ? change(x) : x)];
}
