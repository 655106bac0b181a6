namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>A price range in USD with where it comes from. Used for provider prices and for in-house wages.</summary>
public sealed record PriceRange
{
    public required decimal Min { get; init; }
    public required decimal Max { get; init; }
    /// <summary><c>hour</c>, <c>month</c> or <c>percent-below-in-house</c> (see <see cref="PriceUnits"/>).</summary>
    public required string Unit { get; init; }
    public string Currency { get; init; } = "USD";
    /// <summary><c>document</c>, <c>reference</c> or <c>derived</c> (see <see cref="Provenances"/>).</summary>
    public required string Provenance { get; init; }
    public List<string> Sources { get; init; } = [];
    /// <summary>For a derived range: the slug of the category whose range it was worked out from.</summary>
    public string? DerivedFrom { get; init; }
    /// <summary>How the range was read or worked out, in our words.</summary>
    public string? Note { get; init; }
}

public static class PriceUnits
{
    public const string Hour = "hour";
    public const string Month = "month";
    public const string PercentBelowInHouse = "percent-below-in-house";
    public static readonly string[] All = [Hour, Month, PercentBelowInHouse];
}

public static class Provenances
{
    public const string Document = "document";
    public const string Reference = "reference";
    public const string Derived = "derived";
    public static readonly string[] All = [Document, Reference, Derived];
}
