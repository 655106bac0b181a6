using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>The owner's own preference counts, but it is weighed, not obeyed; the report says when it loses.</summary>
public sealed class PreferenceCriterion : ICriterion
{
    public string Id => "preference";
    public string Title => "Your preferred location";
    public string Favours => "the location you prefer";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var preferred = context.Answers.Location;
        if (preferred == PreferredLocation.Any) return;
        var option = (LocationOption)((int)preferred - 1);
        sheet.Location(option, Push.ModerateFor, sheet.Explain ? $"You said you would prefer {OptionNames.Name(option)} delivery." : null, "editorial");
    }
}
