using OutsourcingAdvisor.Domain.Costs;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>KPO costs far more than BPO (doc-000); a hire the budget cannot pay for is never advised.</summary>
public sealed class BudgetCriterion : ICriterion
{
    public string Id => "budget";
    public string Title => "Your budget";
    public string Favours => "BPO on a tight budget per hour of time-priced work; KPO when it allows specialist rates; no hire the budget cannot pay";

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
            var budget = costs?.AgainstTotal == true ? costs.Budget ?? a.MonthlyBudget : a.MonthlyBudget;
            var perHour = budget / hours;
            if (perHour < t.TightBudgetPerHour)
            {
                var text = sheet.Explain ? $"Your budget comes to about {context.Money(perHour, "N2")} an hour of work, below {context.Money(t.TightBudgetPerHour)}: specialist (KPO) rates are far above BPO rates." : null;
                sheet.Model(ModelOption.Kpo, Push.ModerateAgainst, text, "doc-000");
                sheet.Model(ModelOption.Bpo, Push.SlightFor, text, "doc-000");
            }
            else if (perHour >= t.AmpleBudgetPerHour)
            {
                sheet.Model(ModelOption.Kpo, Push.SlightFor, sheet.Explain ? $"Your budget comes to about {context.Money(perHour)} an hour, enough for specialist rates." : null, "doc-000");
            }
        }

        if (costs is { InHouse: { } inHouse, InHouseCheck: { Fit: Fit.DoesNotFit, Budget: { } budgetForHire } })
        {
            var wage = costs.Category.Wage!;
            sheet.ExcludeModel(ModelOption.InHouse,
                sheet.Explain ? $"An employee for {costs.CoveredHours:N0} hours costs about {context.Money(inHouse)} {(costs.InHouseCheck.AgainstTotal ? "in total" : "a month")} with on-costs (a wage of {context.Money(wage.Hourly, "N2")} an hour, {wage.Occupation}), more than your budget of {context.Money(budgetForHire)}: a hire you cannot pay for is not advised." : null,
                wage.Source);
        }
    }
}
