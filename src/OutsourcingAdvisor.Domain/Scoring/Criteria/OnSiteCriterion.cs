namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>A hard constraint: when someone must be on your premises, only onshore delivery can do it.</summary>
public sealed class OnSiteCriterion : ICriterion
{
    public string Id => "on-site";
    public string Title => "Presence on your premises";
    public string Favours => "onshore only (nearshore and offshore are excluded) when on-site presence is required";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        if (context.Answers.OnSiteRequired != true) return;
        const string why = "Someone must be at your premises, which a provider abroad cannot do day to day.";
        sheet.Exclude(LocationOption.Nearshore, why, "editorial");
        sheet.Exclude(LocationOption.Offshore, why, "editorial");
        sheet.Location(LocationOption.Onshore, Push.ModerateFor, "Only a provider in your own country can send people to your site.", "editorial");
    }
}
