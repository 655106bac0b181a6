using System.Globalization;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>The report's "where your business is" section: the owner's country, the example countries for the recommended band, and money in the owner's currency.</summary>
public sealed record OwnerLocationView(OwnerSummary Owner, string RecommendedBand)
{
    public BandExamples? Recommended => Owner.Bands.FirstOrDefault(b => b.Band == RecommendedBand);

    /// <summary>"£3,302" for a converted amount; the code follows for currencies without a common sign.</summary>
    public string Money(decimal amount) => Domain.Countries.DisplayCurrency.Write(amount, Owner.Money.Currency, amount % 1 == 0 ? "N0" : "N2");

    public string Rate => $"1 US dollar = {Owner.Money.PerUsd.ToString("0.####", CultureInfo.InvariantCulture)} {Owner.Money.Currency} (reference rate of {Owner.Money.RateDate})";

    public static string Factor(string factor) => factor switch
    {
        "band" => "Band",
        "cost" => "Cost",
        "hours" => "Shared hours",
        "language" => "Language",
        "data" => "Data rules",
        "location-index" => "Location index",
        _ => factor,
    };
}
