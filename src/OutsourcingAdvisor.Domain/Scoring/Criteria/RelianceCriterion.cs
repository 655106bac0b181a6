using OutsourcingAdvisor.Domain.Assessment;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.Reliance;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Leaning on outside experts all the time is a sign to hire one (doc-000); an occasional need is not.</summary>
public sealed class RelianceCriterion : ICriterion
{
    public string Id => "reliance";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var knowledge = context.IsKnowledgeWork;
        switch (context.Answers.Reliance)
        {
            case Reliance.Continuous when knowledge:
                sheet.Model(ModelOption.InHouse, Push.StrongFor, T.WouldDependThisExpertiseAll, "doc-000");
                sheet.Model(ModelOption.Kpo, Push.StrongAgainst, T.BuyingExpertWorkContinuouslyFrom, "doc-000");
                sheet.Model(ModelOption.Project, Push.ModerateAgainst, T.ContinuousNeedCannotMetOne, "doc-003");
                break;
            case Reliance.Continuous:
                sheet.Model(ModelOption.Bpo, Push.SlightFor, T.StandingNeedRoutineWorkSuits, "doc-003");
                sheet.Model(ModelOption.InHouse, Push.SlightFor, T.StandingNeedCouldAlsoKeep, "doc-000");
                sheet.Model(ModelOption.Project, Push.ModerateAgainst, T.ContinuousNeedCannotMetOne, "doc-003");
                break;
            case Reliance.Regular when knowledge:
                sheet.Model(ModelOption.InHouse, Push.SlightFor, T.NeedThisExpertiseOftenIf, "doc-000");
                break;
            case Reliance.Occasional:
                sheet.Model(ModelOption.InHouse, Push.ModerateAgainst, T.OccasionalNeedKeepFullTime, "doc-000");
                sheet.Model(ModelOption.Project, Push.SlightFor, T.OccasionalWorkBoughtWhenComes, "doc-003");
                if (knowledge)
                    sheet.Model(ModelOption.Kpo, Push.SlightFor, T.KPOGivesAccessExpertsWhen, "doc-001");
                break;
        }
    }
}
