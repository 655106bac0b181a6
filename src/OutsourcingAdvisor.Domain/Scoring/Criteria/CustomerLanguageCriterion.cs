namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Customer-facing work needs your customers' language and culture (Kearney's index scores language and cultural exposure).</summary>
public sealed class CustomerLanguageCriterion : ICriterion
{
    public string Id => "customer-language";
    public string Title => "Language and culture for your customers";
    public string Favours => "onshore, then nearshore, for customer-facing work";

    private const string Source = "ref-kearney-gsli";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        if (context.Answers.CustomerFacing != true) return;
        sheet.Location(LocationOption.Onshore, Push.ModerateFor, "Your customers will talk to the provider: a team from your own country shares their language and habits.", Source);
        sheet.Location(LocationOption.Nearshore, Push.SlightFor, "A neighbouring country often shares a language or cultural ties with your customers.", Source);
        sheet.Location(LocationOption.Offshore, Push.SlightAgainst, "A distant team may speak your customers' language less naturally; check accents and cultural fit before you sign.", Source);
    }
}
