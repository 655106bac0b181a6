using OutsourcingAdvisor.Domain.Costs;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>
/// Sets each location's provider cost for this much work against the budget it belongs with; silent where the
/// catalogue has no price. When nothing fits, the cheapest location is the one closest to fitting, so it loses least.
/// </summary>
public sealed class BudgetFitCriterion : ICriterion
{
    public string Id => "budget-fit";
    public string Title => "Cost against your budget";
    public string Favours => "locations whose cost fits the budget; when none does, the cheapest";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        if (context.Costs is not { } costs) return;
        var span = costs.AgainstTotal ? "in total" : "a month";
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
            var budget = costs.Budget ?? 0;
            // Texts are only built when the sheet keeps them: what-if re-runs need the points alone.
            string Text(string tail) => $"About {context.Money(low)}–{context.Money(high)} {span} {band.Band}{tail}";
            switch (band.Check.Fit)
            {
                case Fit.Fits:
                    sheet.Location(option, Push.SlightFor, sheet.Explain ? Text($", within your budget of {context.Money(budget)}.") : null, source);
                    break;
                case Fit.Partly:
                    sheet.Location(option, Push.SlightAgainst, sheet.Explain ? Text($"; your budget of {context.Money(budget)} covers only the cheaper end.") : null, source);
                    break;
                case Fit.DoesNotFit:
                    sheet.Location(option, Push.StrongAgainst, sheet.Explain ? Text($"; even the low end is above your budget of {context.Money(budget)}.") : null, source);
                    if (nothingFits && i == cheapest)
                        sheet.Location(option, Push.ModerateFor, sheet.Explain ? $"Nothing fits your budget; {band.Band} is the cheapest and the closest to fitting." : null, source);
                    break;
            }
        }
    }
}
