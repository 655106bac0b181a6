using System.Globalization;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Assessment;

/// <summary>The kinds of input a question can have; each kind has one piece of form markup.</summary>
public enum AnswerKind { TaskType, Choice, YesNo, Money, WholeNumber, Text, Preset }

/// <summary>One answer on offer: its wire value, its label, and a line of help.</summary>
public sealed record AnswerChoice(string Value, string Label, string? Hint = null);

/// <summary>The steps of the questionnaire that ask questions, by their URL slug.</summary>
public static class QuestionSteps
{
    public const string Work = "work";
    public const string Skills = "skills";
    public const string Location = "location";
}

/// <summary>
/// Everything about one questionnaire answer: its wire name, how it is asked and on which step, its choices,
/// its limits and messages, how it reads back, how it is varied and phrased for what-if, and how it is parsed
/// into <see cref="AssessmentAnswers"/>. The validator, the step pages, the check page, what-if, the report
/// and the CSV downloads all read this, so an answer is added here (and in the criterion that reads it).
/// Values cross this class as their wire text ("24x7", "true", "2500"), the same text the API and forms use.
/// </summary>
public sealed class Question
{
    /// <summary>The property name on the wire input and on <see cref="AssessmentAnswers"/>.</summary>
    public required string Name { get; init; }
    /// <summary>camelCase, as in JSON bodies, API errors, what-if changes and the report CSV.</summary>
    public string Wire => char.ToLowerInvariant(Name[0]) + Name[1..];
    public required AnswerKind Kind { get; init; }
    /// <summary>The step that asks it (<see cref="QuestionSteps"/>) and its place on that step.</summary>
    public required string Step { get; init; }
    public required int StepOrder { get; init; }
    /// <summary>The question as the step page asks it.</summary>
    public required string Legend { get; init; }
    public string? Hint { get; init; }
    /// <summary>The question in a few words, for the check page, the report and the comparison.</summary>
    public required string Summary { get; init; }
    public IReadOnlyList<AnswerChoice> Choices { get; init; } = [];
    /// <summary>The wire value that stands when the owner leaves the question unanswered.</summary>
    public string? Default { get; init; }
    public string Unanswered { get; init; } = "Not answered";
    /// <summary>False for answers that are not advice inputs (the name printed on the report).</summary>
    public bool OnReport { get; init; } = true;
    public string? Missing { get; init; }
    /// <summary>"data sensitivity" in "Choose a data sensitivity from the list: …".</summary>
    public string? ListName { get; init; }
    /// <summary>Numbers: allowed range (a null bound is open) and what to say outside it or for text that is no number.</summary>
    public decimal? Above { get; init; }
    public decimal? AtLeast { get; init; }
    public decimal? AtMost { get; init; }
    public string? TooLow { get; init; }
    public string? TooHigh { get; init; }
    public string? NotANumber { get; init; }
    public int? MaxLength { get; init; }
    public string? TooLong { get; init; }
    public string? InvalidCharacters { get; init; }
    /// <summary>The detail cell of the answer's row in the report CSV.</summary>
    public string CsvDetail { get; init; } = "";
    public string? Autocomplete { get; init; }
    /// <summary>Numbers: other values what-if tries, from the current one.</summary>
    public Func<decimal, ScoringThresholds, IEnumerable<decimal>>? Alternatives { get; init; }
    /// <summary>Choices and yes/no: whether what-if tries the other values.</summary>
    public bool WhatIf { get; init; }
    /// <summary>"If …" for a what-if change: (wire value, its label in lower case) → clause.</summary>
    public Func<string, string, string>? Phrase { get; init; }

    public required Func<AssessmentAnswers, string?> Read { get; init; }
    public required Func<AssessmentAnswers, string?, AssessmentAnswers> Write { get; init; }

    public bool Required => Missing is not null;

    /// <summary>The label of a choice, or the value as a person reads it.</summary>
    public string Display(string? value)
    {
        value ??= Default;
        if (value is null) return Unanswered;
        return Kind switch
        {
            AnswerKind.Money when decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) =>
                "$" + m.ToString(m % 1 == 0 ? "N0" : "N2", CultureInfo.InvariantCulture),
            AnswerKind.YesNo => value == "true" ? "Yes" : value == "false" ? "No" : value,
            _ => Choices.FirstOrDefault(c => c.Value == value)?.Label ?? value,
        };
    }

    /// <summary>
    /// What is wrong with a wire value, or null when it may stand. Answers checked against the catalogue (task
    /// type, weighting) are checked by the validator, which has the catalogue.
    /// </summary>
    public string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value)) return Missing;
        switch (Kind)
        {
            case AnswerKind.Choice:
            case AnswerKind.YesNo:
                return Choices.Any(c => c.Value == value) ? null
                    : $"Choose a {ListName} from the list: {string.Join(", ", Choices.Select(c => c.Value))}.";
            case AnswerKind.Money:
            case AnswerKind.WholeNumber:
                if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return NotANumber;
                if ((Above is { } above && n <= above) || (AtLeast is { } least && n < least)) return TooLow;
                if (AtMost is { } most && n > most) return TooHigh;
                if (Kind == AnswerKind.WholeNumber && n % 1 != 0) return NotANumber;
                return null;
            case AnswerKind.Text:
                if (MaxLength is { } max && value.Length > max) return TooLong;
                if (value.Any(char.IsControl)) return InvalidCharacters;
                return null;
            default:
                return null;
        }
    }

    /// <summary>The other values what-if tries for these answers, as wire text.</summary>
    public IEnumerable<string> WhatIfValues(AssessmentAnswers a, ScoringThresholds thresholds)
    {
        var current = Read(a);
        if (Alternatives is not null && decimal.TryParse(current, NumberStyles.Number, CultureInfo.InvariantCulture, out var now))
        {
            foreach (var v in Alternatives(now, thresholds))
                if (v != now && Problem(Number(v)) is null) yield return Number(v);
        }
        else if (WhatIf && Kind == AnswerKind.YesNo)
        {
            yield return current == "true" ? "false" : "true";
        }
        else if (WhatIf)
        {
            foreach (var c in Choices)
                if (c.Value != current) yield return c.Value;
        }
    }

    /// <summary>"the data were of high sensitivity": the clause a what-if sentence starts with.</summary>
    public string Phrasing(string value) =>
        Phrase?.Invoke(value, Display(value).ToLowerInvariant()) ?? $"{Wire} were {value}";

    public static string Number(decimal value) => value.ToString(value % 1 == 0 ? "0" : "0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// Every questionnaire answer, defined once. The list is in wire order: the order of the JSON body, of the
/// report CSV's answer rows and of what-if; a new answer goes at the end so those stay stable.
/// </summary>
public static class Questions
{
    private static AnswerChoice[] Options<T>(params (T Value, string Label, string? Hint)[] options) where T : struct, Enum
    {
        if (options.Length != Assessment.Wire.NamesOf<T>().Count)
            throw new InvalidOperationException($"Every {typeof(T).Name} needs a label.");
        return [.. options.Select(o => new AnswerChoice(Assessment.Wire.Name(o.Value), o.Label, o.Hint))];
    }

    private static string? Name<T>(T? value) where T : struct, Enum => value is { } v ? Assessment.Wire.Name(v) : null;
    private static string? Flag(bool? value) => value switch { true => "true", false => "false", null => null };
    private static bool? Flag(string? value) => value switch { "true" => true, "false" => false, _ => null };
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    private static decimal Decimal(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
    private static T Must<T>(T? value, string name) where T : struct =>
        value ?? throw new InvalidOperationException($"{name} was not validated before use.");

    private static readonly AnswerChoice[] YesNo = [new("true", "Yes"), new("false", "No")];

    public static readonly Question TaskType = new()
    {
        Name = nameof(AssessmentAnswers.TaskType), Kind = AnswerKind.TaskType, Step = QuestionSteps.Work, StepOrder = 1,
        Legend = "Kind of work", Summary = "Kind of work",
        Hint = "Grouped by how the source documents class it. Pick the closest match.",
        Missing = "Choose the kind of work you want to hand off.",
        Read = a => a.TaskType, Write = (a, v) => a with { TaskType = v! },
    };

    public static readonly Question SkillLevel = new()
    {
        Name = nameof(AssessmentAnswers.SkillLevel), Kind = AnswerKind.Choice, Step = QuestionSteps.Skills, StepOrder = 1,
        Legend = "What skill level does the work need?", Summary = "Skill level", ListName = "skill level",
        Hint = "Basic skills suit BPO; specialist knowledge and expert judgement are what KPO providers sell.",
        Missing = "Choose the skill level the work needs.",
        Choices = Options(
            (Assessment.SkillLevel.Basic, "Basic", "Anyone trained on your process can do it: data entry, answering calls."),
            (Assessment.SkillLevel.Intermediate, "Intermediate", "Trained staff with some experience: bookkeeping, payroll, first-line IT support."),
            (Assessment.SkillLevel.Specialist, "Specialist", "A professional skill: software development, market research, design."),
            (Assessment.SkillLevel.Expert, "Expert", "Deep expert judgement: financial modelling, patent or legal work, engineering design.")),
        WhatIf = true, Phrase = (_, label) => $"the work needed {label} skills",
        Read = a => Assessment.Wire.Name(a.SkillLevel),
        Write = (a, v) => a with { SkillLevel = Must(Assessment.Wire.Parse<SkillLevel>(v), nameof(SkillLevel)) },
    };

    public static readonly Question MonthlyBudget = new()
    {
        Name = nameof(AssessmentAnswers.MonthlyBudget), Kind = AnswerKind.Money, Step = QuestionSteps.Skills, StepOrder = 2,
        Legend = "Monthly budget (US dollars)", Summary = "Monthly budget", CsvDetail = "USD",
        Hint = "What you can spend on this work each month. It is compared with the price ranges in the catalogue.",
        Missing = "Enter your monthly budget in US dollars, for example 3000.",
        NotANumber = "Enter your monthly budget as a number of US dollars, for example 3000.",
        Above = 0, TooLow = "Your monthly budget must be more than $0.",
        AtMost = AnswerLimits.MaxMonthlyBudget,
        TooHigh = $"Your monthly budget can be at most ${AnswerLimits.MaxMonthlyBudget.ToString("N0", CultureInfo.InvariantCulture)}.",
        Alternatives = (now, t) => t.WhatIfBudgetFactors.Select(f => Math.Round(now * f, 0, MidpointRounding.AwayFromZero)),
        Phrase = (_, money) => $"your budget were {money} a month",
        Read = a => a.MonthlyBudget.ToString(CultureInfo.InvariantCulture),
        Write = (a, v) => a with { MonthlyBudget = Decimal(v!) },
    };

    public static readonly Question Location = new()
    {
        Name = nameof(AssessmentAnswers.Location), Kind = AnswerKind.Choice, Step = QuestionSteps.Location, StepOrder = 1,
        Legend = "Where would you like the work done from?", Summary = "Preferred location", ListName = "location",
        Hint = "Your preference is weighed with everything else; if it loses, the report says why.",
        Missing = "Choose where the work may be delivered from, or “any”.",
        Choices = Options(
            (PreferredLocation.Any, "No preference", "Let the advice decide."),
            (PreferredLocation.Onshore, "Onshore", "A provider in your own country."),
            (PreferredLocation.Nearshore, "Nearshore", "A provider in a neighbouring country, a few hours' time difference at most."),
            (PreferredLocation.Offshore, "Offshore", "A provider in a distant country, usually the cheapest.")),
        WhatIf = true,
        Phrase = (v, _) => v == Assessment.Wire.Name(PreferredLocation.Any) ? "you had no location preference" : $"you preferred {v} delivery",
        Read = a => Assessment.Wire.Name(a.Location),
        Write = (a, v) => a with { Location = Must(Assessment.Wire.Parse<PreferredLocation>(v), nameof(Location)) },
    };

    public static readonly Question HoursPerMonth = new()
    {
        Name = nameof(AssessmentAnswers.HoursPerMonth), Kind = AnswerKind.WholeNumber, Step = QuestionSteps.Skills, StepOrder = 3,
        Legend = "Hours of work per month (optional)", Summary = "Hours per month",
        Hint = $"About {AnswerLimits.DefaultHoursPerMonth} is one full-time person. Leave it empty for {AnswerLimits.DefaultHoursPerMonth}.",
        Default = AnswerLimits.DefaultHoursPerMonth.ToString(CultureInfo.InvariantCulture),
        NotANumber = $"Enter the hours per month as a whole number, for example {AnswerLimits.DefaultHoursPerMonth}.",
        AtLeast = AnswerLimits.MinHoursPerMonth, AtMost = AnswerLimits.MaxHoursPerMonth,
        TooLow = HoursRange, TooHigh = HoursRange,
        Alternatives = (now, _) => [Math.Floor(now / 2), now * 2],
        Phrase = (v, _) => $"the work took {v} hours a month",
        Read = a => a.HoursPerMonth.ToString(CultureInfo.InvariantCulture),
        Write = (a, v) => a with { HoursPerMonth = v is null ? AnswerLimits.DefaultHoursPerMonth : (int)Decimal(v) },
    };

    private static string HoursRange =>
        $"Hours per month must be a whole number from {AnswerLimits.MinHoursPerMonth} to {AnswerLimits.MaxHoursPerMonth.ToString("N0", CultureInfo.InvariantCulture)}.";

    public static readonly Question Goal = new()
    {
        Name = nameof(AssessmentAnswers.Goal), Kind = AnswerKind.Choice, Step = QuestionSteps.Work, StepOrder = 5,
        Legend = "What matters most to you?", Summary = "What matters most", ListName = "goal",
        Hint = "Savings, time and scale point to BPO; expertise, quality and new ideas to KPO.",
        Choices = Options(
            (Assessment.Goal.CutCosts, "Cut costs", "Pay less for the same work."),
            (Assessment.Goal.FreeUpTime, "Free up time", "Get time-consuming tasks off your team's desk."),
            (Assessment.Goal.GainExpertise, "Gain expertise", "Get skills your team does not have."),
            (Assessment.Goal.ImproveQuality, "Improve quality", "Get a better result, even at a higher price."),
            (Assessment.Goal.Innovate, "Innovate", "Bring in new ideas and methods."),
            (Assessment.Goal.Scale, "Scale", "Grow or shrink capacity quickly.")),
        WhatIf = true, Phrase = (_, label) => $"your main goal were to {label}",
        Read = a => Name(a.Goal), Write = (a, v) => a with { Goal = Assessment.Wire.Parse<Goal>(v) },
    };

    public static readonly Question Engagement = new()
    {
        Name = nameof(AssessmentAnswers.Engagement), Kind = AnswerKind.Choice, Step = QuestionSteps.Work, StepOrder = 2,
        Legend = "How long will you need help?", Summary = "How long", ListName = "length of engagement",
        Hint = "One-off work points to a project; ongoing work to a long-term provider or a hire.",
        Default = Assessment.Wire.Name(Assessment.Engagement.Ongoing),
        Choices = Options(
            (Assessment.Engagement.OneOff, "One-off", "A single piece of work with an end, such as a campaign or a redesign."),
            (Assessment.Engagement.ShortTerm, "Short-term", "A few weeks or months of help."),
            (Assessment.Engagement.Ongoing, "Ongoing", "Work that carries on month after month.")),
        WhatIf = true, Phrase = (_, label) => $"you needed help {label}",
        Read = a => Assessment.Wire.Name(a.Engagement),
        Write = (a, v) => a with { Engagement = Assessment.Wire.Parse<Engagement>(v) ?? Assessment.Engagement.Ongoing },
    };

    public static readonly Question Scope = new()
    {
        Name = nameof(AssessmentAnswers.Scope), Kind = AnswerKind.Choice, Step = QuestionSteps.Work, StepOrder = 3,
        Legend = "How much of the work?", Summary = "How much of the work", ListName = "scope",
        Hint = "Handing over a whole process is what BPO providers are built for.",
        Choices = Options(
            (WorkScope.SingleTask, "A single task", "One bounded job, such as designing a logo."),
            (WorkScope.WholeProcess, "A whole process", "Everything about it, end to end, such as all of customer service.")),
        WhatIf = true, Phrase = (_, label) => $"you handed over {label}",
        Read = a => Name(a.Scope), Write = (a, v) => a with { Scope = Assessment.Wire.Parse<WorkScope>(v) },
    };

    public static readonly Question Reliance = new()
    {
        Name = nameof(AssessmentAnswers.Reliance), Kind = AnswerKind.Choice, Step = QuestionSteps.Work, StepOrder = 4,
        Legend = "How often do you need this skill?", Summary = "How often you need the skill", ListName = "how often you need it",
        Hint = "Relying on outside expertise all the time is a sign to hire.",
        Choices = Options(
            (Assessment.Reliance.Occasional, "Now and then", "A few times a year."),
            (Assessment.Reliance.Regular, "Regularly", "Most months."),
            (Assessment.Reliance.Continuous, "All the time", "Every week, all year.")),
        WhatIf = true, Phrase = (_, label) => $"you needed the skill {label}",
        Read = a => Name(a.Reliance), Write = (a, v) => a with { Reliance = Assessment.Wire.Parse<Reliance>(v) },
    };

    public static readonly Question CustomerFacing = new()
    {
        Name = nameof(AssessmentAnswers.CustomerFacing), Kind = AnswerKind.YesNo, Step = QuestionSteps.Location, StepOrder = 4,
        Legend = "Will the provider deal with your customers? (optional)", Summary = "Deals with your customers", ListName = "yes or no",
        Hint = "Customer-facing work needs your customers' language and habits.",
        Choices = YesNo, WhatIf = true,
        Phrase = (v, _) => v == "true" ? "the provider dealt with your customers" : "the provider did not deal with your customers",
        Read = a => Flag(a.CustomerFacing), Write = (a, v) => a with { CustomerFacing = Flag(v) },
    };

    public static readonly Question Coverage = new()
    {
        Name = nameof(AssessmentAnswers.Coverage), Kind = AnswerKind.Choice, Step = QuestionSteps.Location, StepOrder = 3,
        Legend = "Which hours must be covered? (optional)", Summary = "Hours covered", ListName = "hours of cover",
        Hint = "Round-the-clock cover is a standard offer of BPO contact centres.",
        Choices = Options(
            (Assessment.Coverage.BusinessHours, "Business hours", "Your normal working day."),
            (Assessment.Coverage.Extended, "Extended hours", "Evenings or weekends as well."),
            (Assessment.Coverage.AroundTheClock, "Around the clock", "Every hour of every day.")),
        WhatIf = true, Phrase = (_, label) => $"you needed {label} cover",
        Read = a => Name(a.Coverage), Write = (a, v) => a with { Coverage = Assessment.Wire.Parse<Coverage>(v) },
    };

    public static readonly Question TimeZoneOverlap = new()
    {
        Name = nameof(AssessmentAnswers.TimeZoneOverlap), Kind = AnswerKind.Choice, Step = QuestionSteps.Location, StepOrder = 2,
        Legend = "How many working hours must you share with the provider? (optional)", Summary = "Shared working hours",
        ListName = "shared working hours",
        Hint = "Offshore providers are 5 to 12 hours away and share few or no office hours.",
        Choices = Options(
            (Assessment.TimeZoneOverlap.None, "None needed", "Work can be handed over and picked up the next day."),
            (Assessment.TimeZoneOverlap.Partial, "A few hours a day", "Time for a daily call or quick questions."),
            (Assessment.TimeZoneOverlap.Full, "The whole working day", "The provider must work your hours.")),
        WhatIf = true, Phrase = (_, label) => $"you needed {label} of shared hours",
        Read = a => Name(a.TimeZoneOverlap), Write = (a, v) => a with { TimeZoneOverlap = Assessment.Wire.Parse<TimeZoneOverlap>(v) },
    };

    public static readonly Question DataSensitivity = new()
    {
        Name = nameof(AssessmentAnswers.DataSensitivity), Kind = AnswerKind.Choice, Step = QuestionSteps.Location, StepOrder = 5,
        Legend = "How sensitive is the data involved? (optional)", Summary = "Data sensitivity", ListName = "data sensitivity",
        Hint = "Regulated or personal data is safer close to home, or in-house.",
        Choices = Options(
            (Assessment.DataSensitivity.Low, "Low", "Nothing personal or confidential."),
            (Assessment.DataSensitivity.Moderate, "Moderate", "Some internal or customer information."),
            (Assessment.DataSensitivity.High, "High", "Regulated or personal data: health, finance, identity.")),
        WhatIf = true, Phrase = (_, label) => $"the data were of {label} sensitivity",
        Read = a => Name(a.DataSensitivity), Write = (a, v) => a with { DataSensitivity = Assessment.Wire.Parse<DataSensitivity>(v) },
    };

    public static readonly Question OnSiteRequired = new()
    {
        Name = nameof(AssessmentAnswers.OnSiteRequired), Kind = AnswerKind.YesNo, Step = QuestionSteps.Location, StepOrder = 6,
        Legend = "Must someone be at your premises? (optional)", Summary = "Someone needed on site", ListName = "yes or no",
        Hint = "If yes, only onshore delivery is possible.",
        Choices = YesNo, WhatIf = true,
        Phrase = (v, _) => v == "true" ? "someone had to be on your premises" : "nobody had to be on your premises",
        Read = a => Flag(a.OnSiteRequired), Write = (a, v) => a with { OnSiteRequired = Flag(v) },
    };

    public static readonly Question ClientName = new()
    {
        Name = nameof(AssessmentAnswers.ClientName), Kind = AnswerKind.Text, Step = QuestionSteps.Location, StepOrder = 7,
        Legend = "Client or business name for the report (optional)", Summary = "Name on the report",
        Hint = $"Shown at the top of the printed report. Up to {AnswerLimits.MaxClientNameLength} characters.",
        Unanswered = "Not given", OnReport = false, Autocomplete = "organization",
        MaxLength = AnswerLimits.MaxClientNameLength,
        TooLong = $"The client name can be at most {AnswerLimits.MaxClientNameLength} characters.",
        InvalidCharacters = "The client name cannot contain control characters such as tabs or line breaks.",
        Read = a => a.ClientName, Write = (a, v) => a with { ClientName = Blank(v)?.Trim() },
    };

    public static readonly Question Preset = new()
    {
        Name = nameof(AssessmentAnswers.Preset), Kind = AnswerKind.Preset, Step = QuestionSteps.Skills, StepOrder = 4,
        Legend = "How should the advice weigh things? (optional)", Summary = "Weighting",
        Hint = "The weights behind each choice are in the catalogue's weight presets.",
        Default = "balanced",
        Choices =
        [
            new("balanced", "Balanced", "Every factor counts the same."),
            new("cost-first", "Cost first", "Price and budget count more."),
            new("quality-first", "Quality first", "Skill, shared hours, language and data protection count more."),
        ],
        Read = a => a.Preset, Write = (a, v) => a with { Preset = Blank(v) },
    };

    /// <summary>Every answer, in wire order.</summary>
    public static readonly IReadOnlyList<Question> All =
    [
        TaskType, SkillLevel, MonthlyBudget, Location, HoursPerMonth, Goal, Engagement, Scope, Reliance,
        CustomerFacing, Coverage, TimeZoneOverlap, DataSensitivity, OnSiteRequired, ClientName, Preset,
    ];

    /// <summary>The answers a step asks, in the order it asks them.</summary>
    public static IReadOnlyList<Question> OnStep(string step) => [.. All.Where(q => q.Step == step).OrderBy(q => q.StepOrder)];

    /// <summary>Every answer in questionnaire order: step by step, as the check page lists them.</summary>
    public static readonly IReadOnlyList<Question> InQuestionnaireOrder =
        [.. OnStep(QuestionSteps.Work), .. OnStep(QuestionSteps.Skills), .. OnStep(QuestionSteps.Location)];

    public static Question? Find(string? wireOrName) =>
        All.FirstOrDefault(q => string.Equals(q.Wire, wireOrName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The answers a client's CSV export has a column for, in column order.</summary>
    public static readonly IReadOnlyList<Question> ClientExportColumns = [TaskType, SkillLevel, MonthlyBudget, HoursPerMonth, Location];

    /// <summary>
    /// Parses wire values (already checked by the validator) into answers: each question writes its own
    /// property; a value that is missing takes the question's default.
    /// </summary>
    public static AssessmentAnswers Parse(Func<Question, string?> valueOf)
    {
        var answers = new AssessmentAnswers { TaskType = "", SkillLevel = default, MonthlyBudget = 0 };
        foreach (var q in All)
        {
            var value = valueOf(q);
            if (string.IsNullOrEmpty(value)) value = q.Kind == AnswerKind.Preset ? null : q.Default;
            if (q.Required && string.IsNullOrEmpty(value)) throw new InvalidOperationException($"{q.Name} was not validated before use.");
            answers = q.Write(answers, value);
        }
        return answers;
    }
}
