using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Sensitive data is harder to oversee across borders (Kearney's location index counts IP security and country risk).</summary>
public sealed class LocationDataSensitivityCriterion : ICriterion
{
    public string Id => "location-data-sensitivity";
    public string Title => "How sensitive the data is (where it goes)";
    public string Favours => "onshore for regulated or personal data, away from offshore";

    private const string Source = "ref-kearney-gsli";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        switch (context.Answers.DataSensitivity)
        {
            case DataSensitivity.High:
                sheet.Location(LocationOption.Onshore, Push.SlightFor, "Regulated or personal data stays under your own country's law and courts.", Source);
                sheet.Location(LocationOption.Nearshore, Push.SlightAgainst, "Sending regulated data abroad adds another legal system to comply with.", Source);
                sheet.Location(LocationOption.Offshore, Push.ModerateAgainst, "A distant country adds legal, country and data-security risk that is hard to oversee for regulated data.", Source);
                break;
            case DataSensitivity.Moderate:
                sheet.Location(LocationOption.Offshore, Push.SlightAgainst, "Some of the data is sensitive; a distant provider is harder to audit.", Source);
                break;
        }
    }
}
