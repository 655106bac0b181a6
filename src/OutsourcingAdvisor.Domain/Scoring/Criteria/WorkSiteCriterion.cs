namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>BPO runs from the provider's own site and KPO work is often done remotely (doc-000); neither puts people at yours.</summary>
public sealed class WorkSiteCriterion : ICriterion
{
    public string Id => "work-site";
    public string Title => "Where the work is done (who does it)";
    public string Favours => "an in-house hire when someone must be on your premises; KPO when the work can be remote";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        switch (context.Answers.OnSiteRequired)
        {
            case true:
                sheet.Model(ModelOption.InHouse, Push.ModerateFor, "Someone has to be at your premises, which your own staff always are.", "editorial");
                sheet.Model(ModelOption.Bpo, Push.SlightAgainst, "A BPO provider works from its own operating site, not from yours.", "doc-000");
                sheet.Model(ModelOption.Kpo, Push.SlightAgainst, "KPO experts usually deliver remotely, even from home.", "doc-000");
                break;
            case false:
                sheet.Model(ModelOption.Kpo, Push.SlightFor, "The work can be done remotely, and KPO work is not tied to any site.", "doc-000");
                break;
        }
    }
}
