using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Offshore is cheapest and nearshore sits between (location cost factors in seed-data); it counts double when saving money is the goal.</summary>
public sealed class LocationCostCriterion : ICriterion
{
    public string Id => "location-cost";
    public string Title => "Cost by location";
    public string Favours => "offshore, then nearshore; more so when the goal is cutting costs";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var savings = context.Answers.Goal == Goal.CutCosts;
        Add(context, sheet, LocationOption.Offshore, savings ? Push.StrongFor : Push.ModerateFor);
        Add(context, sheet, LocationOption.Nearshore, savings ? Push.ModerateFor : Push.SlightFor);
    }

    private static void Add(ScoringContext context, ScoreSheet sheet, LocationOption option, Push push)
    {
        var profile = context.Catalogue.Location(option);
        var text = sheet.Explain
            ? $"{profile.Name} delivery typically costs {Percent(profile.CostFactor.Min)}–{Percent(profile.CostFactor.Max)} of the onshore price for the same work"
              + (context.Answers.Goal == Goal.CutCosts ? ", and cutting costs is your goal." : ".")
            : null;
        sheet.Location(option, push, text, profile.CostFactor.Sources.FirstOrDefault() ?? "editorial");
    }

    private static string Percent(decimal factor) => $"{factor * 100:0}%";
}
