using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Round-the-clock and customer-facing work is what BPO contact centres are set up for (doc-001).</summary>
public sealed class CoverageCriterion : ICriterion
{
    public string Id => "coverage";
    public string Title => "Hours covered and customer contact";
    public string Favours => "BPO for 24/7 or extended cover and for front-office work";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var a = context.Answers;
        switch (a.Coverage)
        {
            case Coverage.AroundTheClock:
                sheet.Model(ModelOption.Bpo, Push.ModerateFor, "Support around the clock is a standard offer of BPO contact centres.", "doc-001");
                sheet.Model(ModelOption.InHouse, Push.SlightAgainst, "Staffing every hour of every day yourself takes a large in-house team.", "doc-001");
                break;
            case Coverage.Extended:
                sheet.Model(ModelOption.Bpo, Push.SlightFor, "Cover beyond office hours is easier to buy from a BPO provider that runs shifts.", "doc-001");
                break;
        }

        if (a.CustomerFacing == true && context.Category.Office == "front")
            sheet.Model(ModelOption.Bpo, Push.SlightFor, "Customer-facing (front-office) work such as support and sales is a common BPO service.", "doc-001");
    }
}
