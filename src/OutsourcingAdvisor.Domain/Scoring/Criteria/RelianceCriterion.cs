using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Leaning on outside experts all the time is a sign to hire one (doc-000); an occasional need is not.</summary>
public sealed class RelianceCriterion : ICriterion
{
    public string Id => "reliance";
    public string Title => "How often you need the skill";
    public string Favours => "an in-house hire when knowledge work is needed continuously; outsourcing when it is occasional";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var knowledge = context.IsKnowledgeWork;
        switch (context.Answers.Reliance)
        {
            case Reliance.Continuous when knowledge:
                sheet.Model(ModelOption.InHouse, Push.StrongFor, "You would depend on this expertise all the time; at that point hiring your own expert usually beats renting one.", "doc-000");
                sheet.Model(ModelOption.Kpo, Push.StrongAgainst, "Buying expert work continuously from a KPO firm adds up to more than a hire would cost.", "doc-000");
                sheet.Model(ModelOption.Project, Push.ModerateAgainst, "A continuous need cannot be met one project at a time.", "doc-003");
                break;
            case Reliance.Continuous:
                sheet.Model(ModelOption.Bpo, Push.SlightFor, "A standing need for routine work suits a long-term BPO partner.", "doc-003");
                sheet.Model(ModelOption.InHouse, Push.SlightFor, "A standing need could also keep an employee busy.", "doc-000");
                sheet.Model(ModelOption.Project, Push.ModerateAgainst, "A continuous need cannot be met one project at a time.", "doc-003");
                break;
            case Reliance.Regular when knowledge:
                sheet.Model(ModelOption.InHouse, Push.SlightFor, "You need this expertise often; if that grows, hiring becomes worth weighing.", "doc-000");
                break;
            case Reliance.Occasional:
                sheet.Model(ModelOption.InHouse, Push.ModerateAgainst, "An occasional need does not keep a full-time employee busy; outsourcing avoids the hire.", "doc-000");
                sheet.Model(ModelOption.Project, Push.SlightFor, "Occasional work can be bought as and when it comes up.", "doc-003");
                if (knowledge)
                    sheet.Model(ModelOption.Kpo, Push.SlightFor, "KPO gives access to experts when you need them, without a permanent hire.", "doc-001");
                break;
        }
    }
}
