using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>BPO staff need basic skills; KPO providers bring specialised knowledge (doc-001). Expertise can also be hired.</summary>
public sealed class SkillLevelCriterion : ICriterion
{
    public string Id => "skill-level";
    public string Title => "The skill the work needs";
    public string Favours => "BPO for basic and intermediate skills; KPO (and, for experts, a hire) for specialist and expert skills";

    private const string Source = "doc-001";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        switch (context.Answers.SkillLevel)
        {
            case SkillLevel.Basic:
                sheet.Model(ModelOption.Bpo, Push.StrongFor, "Basic skills are enough, which is the level BPO teams are staffed for.", Source);
                sheet.Model(ModelOption.Kpo, Push.ModerateAgainst, "Paying for specialist knowledge buys nothing when basic skills will do.", Source);
                break;
            case SkillLevel.Intermediate:
                sheet.Model(ModelOption.Bpo, Push.ModerateFor, "Trained but not specialist staff: still within what a BPO provider offers.", Source);
                break;
            case SkillLevel.Specialist:
                sheet.Model(ModelOption.Kpo, Push.ModerateFor, "Specialist knowledge is what KPO providers sell and BPO teams usually lack.", Source);
                sheet.Model(ModelOption.Bpo, Push.SlightAgainst, "BPO is built around basic skills, not specialist ones.", Source);
                sheet.Model(ModelOption.InHouse, Push.SlightFor, "A specialist can also be hired, if the need is steady enough.", Source);
                break;
            case SkillLevel.Expert:
                sheet.Model(ModelOption.Kpo, Push.StrongFor, "Expert judgement and analysis are the core of KPO.", Source);
                sheet.Model(ModelOption.Bpo, Push.ModerateAgainst, "Expert work does not fit a BPO provider, whose staff are trained for routine tasks.", Source);
                sheet.Model(ModelOption.InHouse, Push.ModerateFor, "Expertise is needed either way: bought from a KPO firm or hired onto your team.", Source);
                break;
        }
    }
}
