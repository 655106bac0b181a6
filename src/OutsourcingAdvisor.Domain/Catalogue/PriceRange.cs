using System.Text.Json.Serialization;

namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>A price range in USD with where it comes from. Used for provider prices and for in-house wages.</summary>
public sealed record PriceRange
{
    public required decimal Min { get; init; }
    public required decimal Max { get; init; }
    /// <summary><c>hour</c>, <c>month</c> or <c>percent-below-in-house</c> on the wire.</summary>
    public required PriceUnit Unit { get; init; }
    public string Currency { get; init; } = "USD";
    /// <summary><c>document</c>, <c>reference</c> or <c>derived</c> on the wire.</summary>
    public required Provenance Provenance { get; init; }
    public List<string> Sources { get; init; } = [];
    /// <summary>For a derived range: the slug of the category whose range it was worked out from.</summary>
    public string? DerivedFrom { get; init; }
    /// <summary>How the range was read or worked out, in our words.</summary>
    public string? Note { get; init; }
}

/// <summary>What a catalogue price range counts in, with the names seed files and stored documents use.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PriceUnit>))]
public enum PriceUnit
{
    /// <summary>USD an hour.</summary>
    [JsonStringEnumMemberName("hour")] Hour,
    /// <summary>USD a month.</summary>
    [JsonStringEnumMemberName("month")] Month,
    /// <summary>How far below the in-house cost, 0 to 100.</summary>
    [JsonStringEnumMemberName("percent-below-in-house")] PercentBelowInHouse,
}

/// <summary>Where a price range comes from, with the names seed files and stored documents use.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Provenance>))]
public enum Provenance
{
    /// <summary>Stated by one of the source documents.</summary>
    [JsonStringEnumMemberName("document")] Document,
    /// <summary>A public reference figure.</summary>
    [JsonStringEnumMemberName("reference")] Reference,
    /// <summary>Worked out from another category's range.</summary>
    [JsonStringEnumMemberName("derived")] Derived,
}
