namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>One answer on offer: its wire value, its label, and a line of help.</summary>
public sealed record Choice(string Value, string Label, string? Hint = null);

/// <summary>A radio group as the partial renders it: fieldset, legend, help text, error, options.</summary>
public sealed record RadioGroup(string Field, string Legend, string? Hint, IReadOnlyList<Choice> Choices, string? Selected, string? Error)
{
    public string Name => $"Input.{Field}";
    public string Id => $"Input_{Field}";
    public string ChoiceId(int i) => i == 0 ? Id : $"{Id}_{i}";
    // Not ChoiceId + "-hint": for the first option that would be the group hint's id.
    public string ChoiceHintId(int i) => $"{Id}_{i}_hint";
}

/// <summary>The labels and help text of every closed question, in the owner's words.</summary>
public static class Choices
{
    public static readonly Choice[] Engagement =
    [
        new("one-off", "One-off", "A single piece of work with an end, such as a campaign or a redesign."),
        new("short-term", "Short-term", "A few weeks or months of help."),
        new("ongoing", "Ongoing", "Work that carries on month after month."),
    ];

    public static readonly Choice[] Scope =
    [
        new("single-task", "A single task", "One bounded job, such as designing a logo."),
        new("whole-process", "A whole process", "Everything about it, end to end, such as all of customer service."),
    ];

    public static readonly Choice[] Reliance =
    [
        new("occasional", "Now and then", "A few times a year."),
        new("regular", "Regularly", "Most months."),
        new("continuous", "All the time", "Every week, all year."),
    ];

    public static readonly Choice[] Goal =
    [
        new("cut-costs", "Cut costs", "Pay less for the same work."),
        new("free-up-time", "Free up time", "Get time-consuming tasks off your team's desk."),
        new("gain-expertise", "Gain expertise", "Get skills your team does not have."),
        new("improve-quality", "Improve quality", "Get a better result, even at a higher price."),
        new("innovate", "Innovate", "Bring in new ideas and methods."),
        new("scale", "Scale", "Grow or shrink capacity quickly."),
    ];

    public static readonly Choice[] SkillLevel =
    [
        new("basic", "Basic", "Anyone trained on your process can do it: data entry, answering calls."),
        new("intermediate", "Intermediate", "Trained staff with some experience: bookkeeping, payroll, first-line IT support."),
        new("specialist", "Specialist", "A professional skill: software development, market research, design."),
        new("expert", "Expert", "Deep expert judgement: financial modelling, patent or legal work, engineering design."),
    ];

    public static readonly Choice[] Preset =
    [
        new("balanced", "Balanced", "Every factor counts the same."),
        new("cost-first", "Cost first", "Price and budget count more."),
        new("quality-first", "Quality first", "Skill, shared hours, language and data protection count more."),
    ];

    public static readonly Choice[] Location =
    [
        new("any", "No preference", "Let the advice decide."),
        new("onshore", "Onshore", "A provider in your own country."),
        new("nearshore", "Nearshore", "A provider in a neighbouring country, a few hours' time difference at most."),
        new("offshore", "Offshore", "A provider in a distant country, usually the cheapest."),
    ];

    public static readonly Choice[] Overlap =
    [
        new("none", "None needed", "Work can be handed over and picked up the next day."),
        new("partial", "A few hours a day", "Time for a daily call or quick questions."),
        new("full", "The whole working day", "The provider must work your hours."),
    ];

    public static readonly Choice[] Coverage =
    [
        new("business-hours", "Business hours", "Your normal working day."),
        new("extended", "Extended hours", "Evenings or weekends as well."),
        new("24x7", "Around the clock", "Every hour of every day."),
    ];

    public static readonly Choice[] Sensitivity =
    [
        new("low", "Low", "Nothing personal or confidential."),
        new("moderate", "Moderate", "Some internal or customer information."),
        new("high", "High", "Regulated or personal data: health, finance, identity."),
    ];

    public static readonly Choice[] YesNo = [new("true", "Yes"), new("false", "No")];

    public static string LabelOf(IEnumerable<Choice> choices, string? value) =>
        value is null ? "Not answered" : choices.FirstOrDefault(c => c.Value == value)?.Label ?? value;

    public static string YesNoLabel(bool? value) => value switch { true => "Yes", false => "No", null => "Not answered" };

    public static string? Value(bool? value) => value switch { true => "true", false => "false", null => null };

    /// <summary>Every answer as a person reads it, in questionnaire order: (field, question, answer).</summary>
    public static IEnumerable<(string Field, string Question, string Answer)> Describe(Web.Assessments.AssessmentInput a, string taskName, string? preset = null)
    {
        yield return ("TaskType", "Kind of work", taskName);
        yield return ("Engagement", "How long", LabelOf(Engagement, a.Engagement ?? "ongoing"));
        yield return ("Scope", "How much of the work", LabelOf(Scope, a.Scope));
        yield return ("Reliance", "How often you need the skill", LabelOf(Reliance, a.Reliance));
        yield return ("Goal", "What matters most", LabelOf(Goal, a.Goal));
        yield return ("SkillLevel", "Skill level", LabelOf(SkillLevel, a.SkillLevel));
        yield return ("MonthlyBudget", "Monthly budget", a.MonthlyBudget is { } b ? Format.Money(b) : "Not answered");
        yield return ("HoursPerMonth", "Hours per month", (a.HoursPerMonth ?? 160).ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("Preset", "Weighting", LabelOf(Preset, preset ?? a.Preset ?? "balanced"));
        yield return ("Location", "Preferred location", LabelOf(Location, a.Location));
        yield return ("TimeZoneOverlap", "Shared working hours", LabelOf(Overlap, a.TimeZoneOverlap));
        yield return ("Coverage", "Hours covered", LabelOf(Coverage, a.Coverage));
        yield return ("CustomerFacing", "Deals with your customers", YesNoLabel(a.CustomerFacing));
        yield return ("DataSensitivity", "Data sensitivity", LabelOf(Sensitivity, a.DataSensitivity));
        yield return ("OnSiteRequired", "Someone needed on site", YesNoLabel(a.OnSiteRequired));
        yield return ("ClientName", "Name on the report", a.ClientName ?? "Not given");
    }
}
