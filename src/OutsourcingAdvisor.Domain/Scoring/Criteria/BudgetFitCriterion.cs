using OutsourcingAdvisor.Domain.Costs;
using OutsourcingAdvisor.Domain.Text;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.BudgetFit;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>
/// Sets each location's provider cost for this much work against the budget it belongs with; silent where the
/// catalogue has no price. When nothing fits, the cheapest location is the one closest to fitting, so it loses least.
/// </summary>
public sealed class BudgetFitCriterion : ICriterion
{
    public string Id => "budget-fit";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        if (context.Costs is not { } costs) return;
        var nothingFits = costs.NoBandFits;
        var cheapest = -1;
        for (var i = 0; i < costs.Bands.Count; i++)
            if (costs.Bands[i].Low is { } low && (cheapest < 0 || low < costs.Bands[cheapest].Low)) cheapest = i;

        for (var i = 0; i < costs.Bands.Count; i++)
        {
            var band = costs.Bands[i];
            if (band.Low is not { } low || band.High is not { } high || band.Price is null) continue;
            var option = context.Catalogue.Bands[i];
            var source = band.Price.Sources.Count > 0 ? band.Price.Sources[0] : context.CategorySource;
            // Texts are only built when the sheet keeps them: what-if re-runs need the points alone.
            Text.Money Cost() => context.Money(low, high, costs.CostPer, costs.CostUnit);
            Text.Money Budget() => context.Money(costs.Budget ?? 0, costs.BudgetPer);
            switch (band.Check.Fit)
            {
                case Fit.Fits:
                    sheet.Location(option, Push.SlightFor, sheet.Explain ? English.Costs.BandFits(Cost(), band.Band, Budget()) : null, source);
                    break;
                case Fit.Partly:
                    sheet.Location(option, Push.SlightAgainst, sheet.Explain ? English.Costs.BandPartly(Cost(), band.Band, Budget()) : null, source);
                    break;
                case Fit.DoesNotFit:
                    sheet.Location(option, Push.StrongAgainst, sheet.Explain ? English.Costs.BandAbove(Cost(), band.Band, Budget()) : null, source);
                    if (nothingFits && i == cheapest)
                        sheet.Location(option, Push.ModerateFor, sheet.Explain ? English.Costs.NothingFitsCheapest(band.Band) : null, source);
                    break;
            }
        }
    }
}
