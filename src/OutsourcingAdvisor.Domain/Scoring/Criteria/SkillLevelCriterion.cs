using OutsourcingAdvisor.Domain.Assessment;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.SkillLevel;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>BPO staff need basic skills; KPO providers bring specialised knowledge (doc-001). Expertise can also be hired.</summary>
public sealed class SkillLevelCriterion : ICriterion
{
    public string Id => "skill-level";
    public string Title => T.Title;
    public string Favours => T.Favours;

    private const string Source = "doc-001";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        switch (context.Answers.SkillLevel)
        {
            case SkillLevel.Basic:
                sheet.Model(ModelOption.Bpo, Push.StrongFor, T.BasicSkillsEnoughLevelBPO, Source);
                sheet.Model(ModelOption.Kpo, Push.ModerateAgainst, T.PayingSpecialistKnowledgeBuysNothing, Source);
                break;
            case SkillLevel.Intermediate:
                sheet.Model(ModelOption.Bpo, Push.ModerateFor, T.TrainedSpecialistStaffStillWithin, Source);
                break;
            case SkillLevel.Specialist:
                sheet.Model(ModelOption.Kpo, Push.ModerateFor, T.SpecialistKnowledgeWhatKPOProviders, Source);
                sheet.Model(ModelOption.Bpo, Push.SlightAgainst, T.BPOBuiltAroundBasicSkills, Source);
                sheet.Model(ModelOption.InHouse, Push.SlightFor, T.SpecialistAlsoHiredIfNeed, Source);
                break;
            case SkillLevel.Expert:
                sheet.Model(ModelOption.Kpo, Push.StrongFor, T.ExpertJudgementAnalysisCoreKPO, Source);
                sheet.Model(ModelOption.Bpo, Push.ModerateAgainst, T.ExpertWorkFitBPOProvider, Source);
                sheet.Model(ModelOption.InHouse, Push.ModerateFor, T.ExpertiseNeededEitherWayBought, Source);
                break;
        }
    }
}
