using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Every outside provider is one more place data can leak; most firms have had a breach through a vendor (Ponemon 2018).</summary>
public sealed class DataSensitivityCriterion : ICriterion
{
    public string Id => "data-sensitivity";
    public string Title => "How sensitive the data is (who does it)";
    public string Favours => "keeping regulated or personal data in-house";

    private const string Source = "ref-ponemon-2018";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        switch (context.Answers.DataSensitivity)
        {
            case DataSensitivity.High:
                sheet.Model(ModelOption.InHouse, Push.ModerateFor, "Regulated or personal data stays under your own control in-house; in one survey 59% of companies had suffered a breach caused by a vendor.", Source);
                break;
            case DataSensitivity.Moderate:
                sheet.Model(ModelOption.InHouse, Push.SlightFor, "Some of the data is sensitive, which gives a slight edge to keeping the work in your own hands.", Source);
                break;
        }
    }
}
