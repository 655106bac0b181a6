using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Countries;
using OutsourcingAdvisor.Domain.Text;

namespace OutsourcingAdvisor.Web;

/// <summary>How the catalogue's own price ranges (in US dollars) read on the catalogue pages.</summary>
public static class Format
{
    public static string Price(PriceRange p) => p.Unit switch
    {
        PriceUnit.Hour => English.Money(new Money(p.Min, p.Max, CurrencyName.UsDollar, Per.Unit, Domain.Costs.TradeUnit.Hour)),
        PriceUnit.Month => English.Money(new Money(p.Min, p.Max, CurrencyName.UsDollar, Per.Month)),
        PriceUnit.PercentBelowInHouse => $"{p.Min:0}–{p.Max:0}% below the in-house cost",
        _ => throw new ArgumentOutOfRangeException(nameof(p), p.Unit, "not a price unit"),
    };

    public static string Provenance(PriceRange p) => p.Provenance switch
    {
        Domain.Catalogue.Provenance.Document => "stated in the source documents",
        Domain.Catalogue.Provenance.Reference => "a public figure",
        Domain.Catalogue.Provenance.Derived => "worked out from another service's range",
        _ => throw new ArgumentOutOfRangeException(nameof(p), p.Provenance, "not a provenance"),
    };
}
