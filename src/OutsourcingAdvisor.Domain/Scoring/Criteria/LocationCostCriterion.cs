using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Costs;
using OutsourcingAdvisor.Domain.Text;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.LocationCost;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>
/// Offshore is cheapest and nearshore sits between (location cost factors in seed-data); it counts double when saving
/// money is the goal. Where the sources price this work both onshore and in the band, their figures decide instead:
/// a band is only said to cost less than onshore where its figures do, and a band the figures show dearer loses a point.
/// </summary>
public sealed class LocationCostCriterion : ICriterion
{
    public string Id => "location-cost";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var savings = context.Answers.Goal == Goal.CutCosts;
        Add(context, sheet, LocationOption.Offshore, savings ? Push.StrongFor : Push.ModerateFor);
        Add(context, sheet, LocationOption.Nearshore, savings ? Push.ModerateFor : Push.SlightFor);
    }

    private static void Add(ScoringContext context, ScoreSheet sheet, LocationOption option, Push push)
    {
        if (!context.Catalogue.Offers(option)) return;
        var profile = context.Catalogue.Location(option);
        var source = profile.CostFactor.Sources.FirstOrDefault() ?? "editorial";
        var home = context.Catalogue.IndexOf(LocationOption.Onshore);
        var band = context.Catalogue.IndexOf(option);
        var prices = context.Costs?.Bands;
        // A price scaled from onshore by the cost factors says what the factors say; a price of its own may not.
        if (prices is not null && home >= 0 && prices[home].Price is { } onshore && prices[band].Price is { Basis: not PriceBasis.Scaled } own)
        {
            var unit = context.Costs!.Category.TradeUnit;
            var per = unit == TradeUnit.PercentOfSalary ? Per.SalaryShare : Per.Unit;
            Text.Money Price(BandPrice p) => context.Money(p.Low, p.High, per, unit);
            // The same price wherever the provider sits (a share of the wage, say): cost does not tell the bands apart.
            if (own.Low == onshore.Low && own.High == onshore.High) return;
            var cheaper = CostModel.Cheaper(own, onshore) == true;
            var text = sheet.Explain
                ? cheaper ? English.Costs.BandCheaperHere(OptionNames.Name(option), Price(own), Price(onshore)) : English.Costs.BandDearerHere(OptionNames.Name(option), Price(own), Price(onshore))
                : null;
            sheet.Location(option, cheaper ? push : Push.SlightAgainst, text, own.Sources.FirstOrDefault() ?? source);
            return;
        }
        sheet.Location(option, push,
            sheet.Explain ? English.Costs.BandTypically(profile.Name, profile.CostFactor.Min, profile.CostFactor.Max, context.Answers.Goal == Goal.CutCosts) : null,
            source);
    }
}
