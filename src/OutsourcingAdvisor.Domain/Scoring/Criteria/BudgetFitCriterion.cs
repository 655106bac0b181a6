namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Compares each location's estimated monthly cost with the budget; silent where the catalogue has no price.</summary>
public sealed class BudgetFitCriterion : ICriterion
{
    public string Id => "budget-fit";
    public string Title => "Cost against your budget";
    public string Favours => "locations whose estimated monthly cost fits the budget";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var price = context.Category.Price;
        if (price is null) return;
        var source = price.Sources.FirstOrDefault() ?? context.CategorySource;
        var budget = context.Answers.MonthlyBudget;
        foreach (var option in (ReadOnlySpan<LocationOption>)[LocationOption.Onshore, LocationOption.Nearshore, LocationOption.Offshore])
        {
            if (context.CostAt(option) is not { } cost) continue;
            var name = OptionNames.ShortLabel(OptionNames.Name(option));
            if (cost.High <= budget)
                sheet.Location(option, Push.SlightFor, sheet.Explain ? $"About ${cost.Low:N0}–${cost.High:N0} a month {name.ToLowerInvariant()}, within your budget of ${budget:N0}." : null, source);
            else if (cost.Low > budget)
                sheet.Location(option, Push.StrongAgainst, sheet.Explain ? $"About ${cost.Low:N0}–${cost.High:N0} a month {name.ToLowerInvariant()}; even the low end is above your budget of ${budget:N0}." : null, source);
            else
                sheet.Location(option, Push.SlightAgainst, sheet.Explain ? $"About ${cost.Low:N0}–${cost.High:N0} a month {name.ToLowerInvariant()}; your budget of ${budget:N0} covers only the cheaper end." : null, source);
        }
    }
}
