using System.Globalization;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web;

/// <summary>How money, ranges and provenance read on pages and in print.</summary>
public static class Format
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Money(decimal value) => "$" + value.ToString(value % 1 == 0 ? "N0" : "N2", Culture);

    /// <summary>
    /// A US-dollar amount of a stored result as its owner reads it: in the currency the result was shown in, at
    /// the result's own dated rate (so a stored report never changes with a later rate); dollars when it has none.
    /// </summary>
    public static string Money(decimal usd, Domain.Scoring.OwnerSummary? owner) =>
        owner?.Money is { Currency: not "USD" } m
            ? Domain.Countries.DisplayCurrency.Write(Math.Round(usd * m.PerUsd, 2), m.Currency, usd % 1 == 0 ? "N0" : "N2")
            : Money(usd);

    public static string Price(PriceRange p) => p.Unit switch
    {
        PriceUnit.Hour => $"{Money(p.Min)}–{Money(p.Max)} an hour",
        PriceUnit.Month => $"{Money(p.Min)}–{Money(p.Max)} a month",
        PriceUnit.PercentBelowInHouse => $"{p.Min:0}–{p.Max:0}% below the in-house cost",
        _ => throw new ArgumentOutOfRangeException(nameof(p), p.Unit, "not a price unit"),
    };

    public static string Provenance(PriceRange p) => p.Provenance switch
    {
        Domain.Catalogue.Provenance.Document => $"stated in {string.Join(", ", p.Sources)}",
        Domain.Catalogue.Provenance.Reference => $"public figure: {string.Join(", ", p.Sources)}",
        Domain.Catalogue.Provenance.Derived => $"derived from {p.DerivedFrom}",
        _ => throw new ArgumentOutOfRangeException(nameof(p), p.Provenance, "not a provenance"),
    };
}
