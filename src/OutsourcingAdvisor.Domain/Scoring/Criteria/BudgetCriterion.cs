using OutsourcingAdvisor.Domain.Costs;
using OutsourcingAdvisor.Domain.Text;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.Budget;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>KPO costs far more than BPO (doc-000); a hire the budget cannot pay for is never advised.</summary>
public sealed class BudgetCriterion : ICriterion
{
    public string Id => "budget";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var a = context.Answers;
        var t = context.Thresholds;
        var costs = context.Costs;
        // A budget per hour only means something for work bought by the hour: a fee for a project or per page is not.
        var timePriced = costs is null || TradeUnits.KindOf(costs.Category.TradeUnit) is UnitKind.Hour or UnitKind.Day;
        if (timePriced)
        {
            var hours = costs?.CoveredHours ?? a.HoursPerMonth;
            var monthly = a.MonthlyBudgetUsd(context.Catalogue.Countries?.Fx);
            var budget = costs?.AgainstTotal == true ? costs.Budget ?? monthly : monthly;
            var perHour = budget / hours;
            if (perHour < t.TightBudgetPerHour)
            {
                var text = sheet.Explain ? English.Costs.TightPerHour(context.Money(perHour, Per.Unit, TradeUnit.Hour), context.Money(t.TightBudgetPerHour, Per.Unit, TradeUnit.Hour)) : null;
                sheet.Model(ModelOption.Kpo, Push.ModerateAgainst, text, "doc-000");
                sheet.Model(ModelOption.Bpo, Push.SlightFor, text, "doc-000");
            }
            else if (perHour >= t.AmpleBudgetPerHour)
            {
                sheet.Model(ModelOption.Kpo, Push.SlightFor, sheet.Explain ? English.Costs.AmplePerHour(context.Money(perHour, Per.Unit, TradeUnit.Hour)) : null, "doc-000");
            }
        }

        if (costs is { InHouse: { } inHouse, InHouseCheck: { Fit: Fit.DoesNotFit, Budget: { } budgetForHire } })
        {
            var wage = costs.Category.Wage!;
            sheet.ExcludeModel(ModelOption.InHouse,
                sheet.Explain ? English.Costs.HireUnaffordable(costs.CoveredHours, context.Money(inHouse, costs.InHousePer), context.Money(wage.Hourly, Per.Unit, TradeUnit.Hour), wage.Occupation, context.Money(budgetForHire, costs.InHouseBudgetPer)) : null,
                wage.Source);
        }
    }
}
