using OutsourcingAdvisor.Domain.Assessment;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.Engagement;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>One-off and task-sized work suits a project; whole processes handed over for the long term suit BPO (doc-003, doc-004).</summary>
public sealed class EngagementCriterion : ICriterion
{
    public string Id => "engagement";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var a = context.Answers;
        switch (a.Engagement)
        {
            case Engagement.OneOff:
                sheet.Model(ModelOption.Project, Push.StrongFor, T.OneTimePieceWorkWhat, "doc-004");
                sheet.Model(ModelOption.InHouse, Push.ModerateAgainst, T.TakingPermanentEmployeeSingleJob, "doc-000");
                sheet.Model(ModelOption.Bpo, Push.SlightAgainst, T.BPOPartnershipsSetUpLong, "doc-003");
                break;
            case Engagement.ShortTerm:
                sheet.Model(ModelOption.Project, Push.ModerateFor, T.ShortDemandHelpUsualShape, "doc-003");
                sheet.Model(ModelOption.InHouse, Push.SlightAgainst, T.ShortNeedJustifyPermanentHire, "doc-000");
                sheet.Model(ModelOption.Bpo, Push.SlightAgainst, T.BPOLongTermPartnershipShort, "doc-003");
                break;
            case Engagement.Ongoing:
                sheet.Model(ModelOption.Bpo, Push.SlightFor, T.OngoingWorkSuitsLongTerm, "doc-003");
                sheet.Model(ModelOption.InHouse, Push.SlightFor, T.WorkNeverStopsAlsoJustify, "doc-000");
                sheet.Model(ModelOption.Project, Push.ModerateAgainst, T.ProjectsEndOngoingWorkWould, "doc-003");
                break;
        }

        switch (a.Scope)
        {
            case WorkScope.WholeProcess:
                sheet.Model(ModelOption.Bpo, Push.StrongFor, T.HandingOverEntireBusinessProcess, "doc-003");
                sheet.Model(ModelOption.Project, Push.SlightAgainst, T.WholeProcessMoreProjectSized, "doc-003");
                break;
            case WorkScope.SingleTask:
                sheet.Model(ModelOption.Project, Push.ModerateFor, T.SingleBoundedTaskOutsourcedProject, "doc-003");
                sheet.Model(ModelOption.Bpo, Push.StrongAgainst, T.BPOProvidersTakeOverWhole, "doc-003");
                break;
        }
    }
}
