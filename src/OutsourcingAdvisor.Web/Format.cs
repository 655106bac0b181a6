using System.Globalization;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web;

/// <summary>How money, ranges and provenance read on pages and in print.</summary>
public static class Format
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Money(decimal value) => "$" + value.ToString(value % 1 == 0 ? "N0" : "N2", Culture);

    public static string Price(PriceRange p) => p.Unit switch
    {
        PriceUnits.Hour => $"{Money(p.Min)}–{Money(p.Max)} an hour",
        PriceUnits.Month => $"{Money(p.Min)}–{Money(p.Max)} a month",
        PriceUnits.PercentBelowInHouse => $"{p.Min:0}–{p.Max:0}% below the in-house cost",
        _ => $"{p.Min}–{p.Max} {p.Unit}",
    };

    public static string Provenance(PriceRange p) => p.Provenance switch
    {
        Provenances.Document => $"stated in {string.Join(", ", p.Sources)}",
        Provenances.Reference => $"public figure: {string.Join(", ", p.Sources)}",
        Provenances.Derived => $"derived from {p.DerivedFrom}",
        _ => p.Provenance,
    };
}
