using OutsourcingAdvisor.Domain.Assessment;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.Preference;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>The owner's own preference counts, but it is weighed, not obeyed; the report says when it loses.</summary>
public sealed class PreferenceCriterion : ICriterion
{
    public string Id => "preference";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var preferred = context.Answers.Location;
        if (preferred == PreferredLocation.Any) return;
        // The answer and the band share their wire names ("offshore"); "any" is no band.
        if (Wire.Parse<LocationOption>(Wire.Name(preferred)) is not { } option) return;
        sheet.Location(option, Push.ModerateFor, sheet.Explain ? T.YouPrefer(option) : null, "editorial");
    }
}
