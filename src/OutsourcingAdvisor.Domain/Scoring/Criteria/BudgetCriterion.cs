namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>KPO costs far more than BPO (doc-000); a hire needs the budget for a loaded salary.</summary>
public sealed class BudgetCriterion : ICriterion
{
    public string Id => "budget";
    public string Title => "Your budget";
    public string Favours => "BPO on a tight budget per hour; KPO when the budget allows specialist rates; no hire the budget cannot pay";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var a = context.Answers;
        var t = context.Thresholds;
        var perHour = a.MonthlyBudget / a.HoursPerMonth;

        if (perHour < t.TightBudgetPerHour)
        {
            var text = sheet.Explain ? $"Your budget comes to about ${perHour:N2} an hour of work, below ${t.TightBudgetPerHour:N0}: specialist (KPO) rates are far above BPO rates." : null;
            sheet.Model(ModelOption.Kpo, Push.ModerateAgainst, text, "doc-000");
            sheet.Model(ModelOption.Bpo, Push.SlightFor, text, "doc-000");
        }
        else if (perHour >= t.AmpleBudgetPerHour)
        {
            sheet.Model(ModelOption.Kpo, Push.SlightFor, sheet.Explain ? $"Your budget comes to about ${perHour:N0} an hour, enough for specialist rates." : null, "doc-000");
        }

        if (context.InHouseCost is { } inHouse && a.MonthlyBudget < inHouse.Low)
        {
            var source = context.Category.InHouseWage!.Sources.FirstOrDefault() ?? "editorial";
            sheet.Model(ModelOption.InHouse, Push.ModerateAgainst,
                sheet.Explain ? $"An employee for {a.HoursPerMonth} hours a month costs about ${inHouse.Low:N0} to ${inHouse.High:N0} with on-costs, more than your budget of ${a.MonthlyBudget:N0}." : null,
                source);
        }
    }
}
