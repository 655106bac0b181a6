using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.Coverage;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Round-the-clock and customer-facing work is what BPO contact centres are set up for (doc-001).</summary>
public sealed class CoverageCriterion : ICriterion
{
    public string Id => "coverage";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var a = context.Answers;
        switch (a.Coverage)
        {
            case Coverage.AroundTheClock:
                sheet.Model(ModelOption.Bpo, Push.ModerateFor, T.SupportAroundClockStandardOffer, "doc-001");
                sheet.Model(ModelOption.InHouse, Push.SlightAgainst, T.StaffingEveryHourEveryDay, "doc-001");
                break;
            case Coverage.Extended:
                sheet.Model(ModelOption.Bpo, Push.SlightFor, T.CoverBeyondOfficeHoursEasier, "doc-001");
                break;
        }

        if (context.IsCustomerFacing && context.Category.Office == Office.Front)
            sheet.Model(ModelOption.Bpo, Push.SlightFor, T.CustomerFacingFrontOfficeWork, "doc-001");
    }
}
