using System.Globalization;
using System.Runtime.CompilerServices;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>Turns the owner's bands into the result's <see cref="OwnerSummary"/>; money is converted only here, at the edge.</summary>
internal static class OwnerSummaries
{
    /// <param name="localOnshore">The owner's own country's price for this work, where a source gives one: it replaces the scaled US price.</param>
    public static OwnerSummary Of(OwnerBands owner, AssessmentAnswers answers, AdvisorCatalogue catalogue, CostSummary cost, Costs.BandPrice? localOnshore = null)
    {
        var table = catalogue.Countries!;
        var country = owner.Owner.Country;
        var shown = DisplayCurrency.Choose(answers.Currency, country, table);
        var bands = BandsOf(owner);
        var note = owner.AssumedCountry
            ? Text.English.Countries.AssumedUs(country, owner.Owner.TimeZone)
            : null;
        return new OwnerSummary(
            country.Code, country.Name, owner.Owner.TimeZone, owner.AssumedCountry, note,
            owner.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            localOnshore is { } local
                ? new OnshorePricing(1m, false,
                    Text.English.Countries.OnshoreLocal(country, owner.Onshore.Scaled ? owner.Onshore.Factor : null),
                    [.. local.Sources, .. owner.Onshore.Sources], "local")
                : new OnshorePricing(owner.Onshore.Factor, owner.Onshore.Scaled, owner.Onshore.Explanation, owner.Onshore.Sources,
                    owner.Onshore.AsPublished ? "as-published" : owner.Onshore.Scaled ? "scaled" : "unscaled"),
            bands,
            new MoneyShown(shown.Code, Math.Round(shown.PerUsd, 6), shown.RateDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), shown.Source, shown.Note,
                // The budget as the owner gave it when it is in the report's currency; else converted from dollars.
                answers.BudgetCurrency == shown.Code ? answers.MonthlyBudget : shown.FromUsd(answers.MonthlyBudgetUsd(table.Fx)),
                Convert(shown, cost.Low), Convert(shown, cost.High), Convert(shown, cost.InHouseLow), Convert(shown, cost.InHouseHigh)));
    }

    // The bands depend on the owner's bands only, which OwnerSetting keeps per catalogue, owner, date and answers:
    // the same list for every result of that owner (so the stored JSON can keep its bytes, see KeptBandsConverter).
    private static readonly ConditionalWeakTable<OwnerBands, IReadOnlyList<BandExamples>> Bands = new();

    /// <summary>The result's view of the owner's bands, made once per <see cref="OwnerBands"/> and shared by its results.</summary>
    public static IReadOnlyList<BandExamples> BandsOf(OwnerBands owner) => Bands.GetValue(owner, static o => Array.AsReadOnly(
        o.Bands.Select(b => new BandExamples(
            OptionNames.Name(b.Band),
            Array.AsReadOnly(b.Countries.Select(c => c.Country.Code).ToArray()),
            Array.AsReadOnly(b.Examples.Examples.Select(e => new ExampleCountryScore(e.Country.Code, e.Country.Name, e.Points, e.SharedHours,
                Array.AsReadOnly(e.Reasons.Select(r => new Reason(r.Factor, r.Text, r.Points, r.Source)).ToArray()))).ToArray()),
            Array.AsReadOnly(b.Examples.LeftOut.Select(l => new LeftOutCountry(l.Country.Code, l.Country.Name, l.Reason)).ToArray()))).ToArray()));

    private static decimal? Convert(DisplayCurrency c, decimal? usd) => usd is null ? null : c.FromUsd(usd.Value);
}
