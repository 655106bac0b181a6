using T = OutsourcingAdvisor.Domain.Text.English.Criteria.CustomerLanguage;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Customer-facing work needs your customers' language and culture (Kearney's index scores language and cultural exposure).</summary>
public sealed class CustomerLanguageCriterion : ICriterion
{
    public string Id => "customer-language";
    public string Title => T.Title;
    public string Favours => T.Favours;

    private const string Source = "ref-kearney-gsli";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        if (!context.IsCustomerFacing) return;
        sheet.Location(LocationOption.Onshore, Push.ModerateFor, T.CustomersWillTalkProviderTeam, Source);
        sheet.Location(LocationOption.Nearshore, Push.SlightFor, T.NeighbouringCountryOftenSharesLanguage, Source);
        sheet.Location(LocationOption.Offshore, Push.SlightAgainst, T.DistantTeamMaySpeakCustomers, Source);
    }
}
