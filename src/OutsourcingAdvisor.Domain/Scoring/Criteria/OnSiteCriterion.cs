using T = OutsourcingAdvisor.Domain.Text.English.Criteria.OnSite;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>A hard constraint: when someone must be on your premises, only onshore delivery can do it.</summary>
public sealed class OnSiteCriterion : ICriterion
{
    public string Id => "on-site";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        if (context.Answers.OnSiteRequired != true) return;
        const string why = T.SomeoneMustPremisesProviderAbroad;
        sheet.Exclude(LocationOption.Nearshore, why, "editorial");
        sheet.Exclude(LocationOption.Offshore, why, "editorial");
        sheet.Location(LocationOption.Onshore, Push.ModerateFor, T.OnlyProviderOwnCountrySend, "editorial");
    }
}
