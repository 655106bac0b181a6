using OutsourcingAdvisor.Domain.Assessment;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.LocationDataSensitivity;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Sensitive data is harder to oversee across borders (Kearney's location index counts IP security and country risk).</summary>
public sealed class LocationDataSensitivityCriterion : ICriterion
{
    public string Id => "location-data-sensitivity";
    public string Title => T.Title;
    public string Favours => T.Favours;

    private const string Source = "ref-kearney-gsli";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        switch (context.Answers.DataSensitivity)
        {
            case DataSensitivity.High:
                sheet.Location(LocationOption.Onshore, Push.SlightFor, T.RegulatedPersonalDataStaysUnder, Source);
                sheet.Location(LocationOption.Nearshore, Push.SlightAgainst, T.SendingRegulatedDataAbroadAdds, Source);
                sheet.Location(LocationOption.Offshore, Push.ModerateAgainst, T.DistantCountryAddsLegalCountry, Source);
                break;
            case DataSensitivity.Moderate:
                sheet.Location(LocationOption.Offshore, Push.SlightAgainst, T.SomeDataSensitiveDistantProvider, Source);
                break;
        }
    }
}
