using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>BPO is bought for savings, time and scale; KPO for know-how, quality and innovation (doc-000, doc-001).</summary>
public sealed class GoalCriterion : ICriterion
{
    public string Id => "goal";
    public string Title => "What you want to achieve";
    public string Favours => "BPO to cut costs, free up time or scale; KPO to gain expertise, raise quality or innovate";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        switch (context.Answers.Goal)
        {
            case Goal.CutCosts:
                sheet.Model(ModelOption.Bpo, Push.ModerateFor, "Saving money is the main reason firms hand routine work to BPO providers.", "doc-000");
                sheet.Model(ModelOption.Kpo, Push.SlightAgainst, "KPO costs much more than BPO because you pay for expertise, so it is a poor fit for a savings goal.", "doc-000");
                break;
            case Goal.FreeUpTime:
                sheet.Model(ModelOption.Bpo, Push.ModerateFor, "When the problem is too few hands or too little time, BPO takes the time-consuming tasks off you.", "doc-000");
                break;
            case Goal.GainExpertise:
                sheet.Model(ModelOption.Kpo, Push.ModerateFor, "When your team lacks the know-how, KPO is the type of outsourcing that supplies it.", "doc-000");
                break;
            case Goal.ImproveQuality:
                sheet.Model(ModelOption.Kpo, Push.ModerateFor, "KPO aims at the quality of the result first and price second.", "doc-000");
                break;
            case Goal.Innovate:
                sheet.Model(ModelOption.Kpo, Push.ModerateFor, "Outside experts bring new methods and a fresh view, which is what KPO offers for innovation.", "doc-001");
                break;
            case Goal.Scale:
                sheet.Model(ModelOption.Bpo, Push.ModerateFor, "BPO lets you grow or shrink capacity quickly without hiring and letting go.", "doc-001");
                break;
        }
    }
}
