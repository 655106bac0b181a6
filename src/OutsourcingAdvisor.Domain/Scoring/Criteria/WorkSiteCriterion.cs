using T = OutsourcingAdvisor.Domain.Text.English.Criteria.WorkSite;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>BPO runs from the provider's own site and KPO work is often done remotely (doc-000); neither puts people at yours.</summary>
public sealed class WorkSiteCriterion : ICriterion
{
    public string Id => "work-site";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        switch (context.Answers.OnSiteRequired)
        {
            case true:
                sheet.Model(ModelOption.InHouse, Push.ModerateFor, T.SomeoneHasPremisesOwnStaff, "editorial");
                sheet.Model(ModelOption.Bpo, Push.SlightAgainst, T.BPOProviderWorksFromOwn, "doc-000");
                sheet.Model(ModelOption.Kpo, Push.SlightAgainst, T.KPOExpertsUsuallyDeliverRemotely, "doc-000");
                break;
            case false:
                sheet.Model(ModelOption.Kpo, Push.SlightFor, T.WorkDoneRemotelyKPOWork, "doc-000");
                break;
        }
    }
}
