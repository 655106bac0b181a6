using OutsourcingAdvisor.Domain.Assessment;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.DataSensitivity;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Every outside provider is one more place data can leak; most firms have had a breach through a vendor (Ponemon 2018).</summary>
public sealed class DataSensitivityCriterion : ICriterion
{
    public string Id => "data-sensitivity";
    public string Title => T.Title;
    public string Favours => T.Favours;

    private const string Source = "ref-ponemon-2018";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        switch (context.Answers.DataSensitivity)
        {
            case DataSensitivity.High:
                sheet.Model(ModelOption.InHouse, Push.ModerateFor, T.RegulatedPersonalDataStaysUnder, Source);
                break;
            case DataSensitivity.Moderate:
                sheet.Model(ModelOption.InHouse, Push.SlightFor, T.SomeDataSensitiveGivesSlight, Source);
                break;
        }
    }
}
