using OutsourcingAdvisor.Domain.Assessment;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.Goal;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>BPO is bought for savings, time and scale; KPO for know-how, quality and innovation (doc-000, doc-001).</summary>
public sealed class GoalCriterion : ICriterion
{
    public string Id => "goal";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        switch (context.Answers.Goal)
        {
            case Goal.CutCosts:
                sheet.Model(ModelOption.Bpo, Push.ModerateFor, T.SavingMoneyMainReasonFirms, "doc-000");
                sheet.Model(ModelOption.Kpo, Push.SlightAgainst, T.KPOCostsMuchMoreBPO, "doc-000");
                break;
            case Goal.FreeUpTime:
                sheet.Model(ModelOption.Bpo, Push.ModerateFor, T.WhenProblemTooFewHands, "doc-000");
                sheet.Model(ModelOption.Project, Push.SlightFor, T.LackTimeOneUsualReasons, "doc-004");
                break;
            case Goal.GainExpertise when context.Answers.Reliance == Reliance.Continuous:
                sheet.Model(ModelOption.InHouse, Push.ModerateFor, T.NeedKnowHowAllTime, "doc-000");
                break;
            case Goal.GainExpertise:
                sheet.Model(ModelOption.Kpo, Push.ModerateFor, T.WhenTeamLacksKnowHow, "doc-000");
                break;
            case Goal.ImproveQuality:
                sheet.Model(ModelOption.Kpo, Push.ModerateFor, T.KPOAimsQualityResultFirst, "doc-000");
                break;
            case Goal.Innovate:
                sheet.Model(ModelOption.Kpo, Push.ModerateFor, T.OutsideExpertsBringNewMethods, "doc-001");
                break;
            case Goal.Scale:
                sheet.Model(ModelOption.Bpo, Push.ModerateFor, T.BPOLetsGrowShrinkCapacity, "doc-001");
                break;
        }
    }
}
