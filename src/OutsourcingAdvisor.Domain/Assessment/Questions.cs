using System.Globalization;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Assessment;

/// <summary>The kinds of input a question can have; each kind has one piece of form markup.</summary>
/// <remarks><see cref="Location"/>: "no preference" or one of the bands the catalogue offers, labelled by the catalogue.</remarks>
public enum AnswerKind { TaskType, Choice, YesNo, Money, WholeNumber, Text, Preset, Location, Country, TimeZone, Currency }

/// <summary>One answer on offer: its wire value, its label, and a line of help.</summary>
public sealed record AnswerChoice(string Value, string Label, string? Hint = null);

/// <summary>The steps of the questionnaire that ask questions, by their URL slug.</summary>
public static class QuestionSteps
{
    /// <summary>Where the business is, asked first: the budgets are then taken in its currency.</summary>
    public const string Business = "business";
    public const string Work = "work";
    public const string Skills = "skills";
    public const string Location = "location";
    /// <summary>Not asked on a step page (the currency the budgets are in is recorded, not asked).</summary>
    public const string None = "";
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
    /// <summary>For choices that are the catalogue's (the location bands): the list a catalogue offers, labels and hints included.</summary>
    public Func<AdvisorCatalogue, IReadOnlyList<AnswerChoice>>? ChoicesFrom { get; init; }
    /// <summary>For choices that are the catalogue's: every wire value any catalogue may offer, checked without one.</summary>
    public IReadOnlyList<string> WireValues { get; init; } = [];

    /// <summary>The choices on offer with this catalogue: its own for catalogue choices, else the fixed list.</summary>
    public IReadOnlyList<AnswerChoice> ChoicesIn(AdvisorCatalogue catalogue) => ChoicesFrom?.Invoke(catalogue) ?? Choices;
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

    /// <summary>Required only when other answers make it so (a total budget for one-off work); the message says why.</summary>
    public Func<Func<Question, string?>, bool>? RequiredIf { get; init; }
    public string? MissingIf { get; init; }

    /// <summary>
    /// An answer only some reports need (a total budget, a headcount, a volume; where the business is, which the
    /// report's own section covers when it was assumed): the report lists it when it was answered or the other
    /// answers required it, so an unrelated "Not answered" line does not appear (and reports stored before the
    /// question existed read as they did).
    /// </summary>
    public bool FollowUp { get; init; }

    /// <summary>Whether the report's answer list shows this answer, given the answers.</summary>
    public bool ShownOnReport(string? value, Func<Question, string?> others) =>
        OnReport && (!FollowUp || !string.IsNullOrEmpty(value) || RequiredIf?.Invoke(others) == true);

    /// <summary>What is wrong with a value given the other answers: its own problem, or a missing conditional answer.</summary>
    public string? Problem(string? value, Func<Question, string?> others) =>
        Problem(value) ?? (string.IsNullOrEmpty(value) && RequiredIf?.Invoke(others) == true ? MissingIf : null);
    /// <summary>
    /// Required on the questionnaire page but optional in the API (where a default stands and the result says so):
    /// the message the page shows when it is left empty.
    /// </summary>
    public string? RequiredOnPage { get; init; }

    /// <summary>
    /// The label of a choice, or the value as a person reads it. Catalogue choices are labelled by
    /// <paramref name="catalogue"/>; a value it does not offer (or without one) reads as its wire value.
    /// </summary>
    /// <remarks>An amount of money reads in <paramref name="currency"/>, the currency the budgets were given in (US dollars when none).</remarks>
    public string Display(string? value, AdvisorCatalogue? catalogue = null, Countries.CurrencyName? currency = null)
    {
        value ??= Default;
        if (value is null) return Unanswered;
        return Kind switch
        {
            AnswerKind.Money when decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) =>
                Text.English.Sign(m, currency ?? Countries.CurrencyName.UsDollar, m % 1 == 0 ? 0 : 2),
            AnswerKind.YesNo => value == "true" ? "Yes" : value == "false" ? "No" : value,
            _ => (catalogue is null ? Choices : ChoicesIn(catalogue)).FirstOrDefault(c => c.Value == value)?.Label ?? value,
        };
    }

    /// <summary>
    /// What is wrong with a wire value, or null when it may stand. Answers checked against the catalogue (task
    /// type, weighting, the bands it offers) are checked by the validator, which has the catalogue.
    /// </summary>
    public string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value)) return Missing;
        switch (Kind)
        {
            case AnswerKind.Choice:
            case AnswerKind.YesNo:
                return Choices.Any(c => c.Value == value) ? null
                    : ChoiceProblem(Choices);
            case AnswerKind.Location:
                return WireValues.Contains(value) ? null : $"Choose a {ListName} from the list: {string.Join(", ", WireValues)}.";
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

    /// <summary>The message for a value that is not one of <paramref name="choices"/>.</summary>
    public string ChoiceProblem(IReadOnlyList<AnswerChoice> choices) =>
        $"Choose a {ListName} from the list: {string.Join(", ", choices.Select(c => c.Value))}.";

    /// <summary>The other values what-if tries for these answers with this catalogue, as wire text.</summary>
    public IEnumerable<string> WhatIfValues(AssessmentAnswers a, AdvisorCatalogue catalogue)
    {
        var thresholds = catalogue.Thresholds;
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
            foreach (var c in ChoicesIn(catalogue))
                if (c.Value != current) yield return c.Value;
        }
    }

    /// <summary>"the data were of high sensitivity": the clause a what-if sentence starts with.</summary>
    /// <remarks>An amount of money reads in <paramref name="currency"/>, as the budgets were given.</remarks>
    public string Phrasing(string value, Countries.CurrencyName? currency = null) =>
        Phrase?.Invoke(value, Kind == AnswerKind.Money ? Display(value, null, currency) : Display(value).ToLowerInvariant()) ?? $"{Wire} were {value}";

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

    private static readonly AnswerChoice NoPreference = new(Assessment.Wire.Name(PreferredLocation.Any), "No preference", "Let the advice decide.");

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
        Legend = "Monthly budget", Summary = "Monthly budget", CsvDetail = "USD",
        Hint = "What you can spend on this work each month. It is compared with the prices in the catalogue.",
        Missing = "Enter your monthly budget, for example 3000.",
        NotANumber = "Enter your monthly budget as a number, for example 3000.",
        Above = 0, TooLow = "Your monthly budget must be more than 0.",
        AtMost = AnswerLimits.MaxMonthlyBudget,
        TooHigh = $"Your monthly budget can be at most the value of {AnswerLimits.MaxMonthlyBudget.ToString("N0", CultureInfo.InvariantCulture)} US dollars.",
        Alternatives = (now, t) => t.WhatIfBudgetFactors.Select(f => Math.Round(now * f, 0, MidpointRounding.AwayFromZero)),
        Phrase = (_, money) => $"your budget were {money} a month",
        Read = a => a.MonthlyBudget.ToString(CultureInfo.InvariantCulture),
        Write = (a, v) => a with { MonthlyBudget = Decimal(v!) },
    };

    public static readonly Question Location = new()
    {
        Name = nameof(AssessmentAnswers.Location), Kind = AnswerKind.Location, Step = QuestionSteps.Location, StepOrder = 1,
        Legend = "Where would you like the work done from?", Summary = "Preferred location", ListName = "location",
        Hint = "Your preference is weighed with everything else; if it loses, the report says why.",
        Missing = "Choose where the work may be delivered from, or “any”.",
        // "No preference", then the bands the catalogue offers, in its order, with its names and hints (locations.json).
        Choices = [NoPreference],
        ChoicesFrom = c => [NoPreference, .. c.Locations.Select(l => new AnswerChoice(Assessment.Wire.Name(l.Key), l.Name, l.Hint))],
        WireValues = Assessment.Wire.NamesOf<PreferredLocation>(),
        WhatIf = true,
        Phrase = (v, _) => v == Assessment.Wire.Name(PreferredLocation.Any) ? "you had no location preference" : $"you preferred {v} delivery",
        Read = a => Assessment.Wire.Name(a.Location),
        Write = (a, v) => a with { Location = Must(Assessment.Wire.Parse<PreferredLocation>(v), nameof(Location)) },
    };

    public static readonly Question HoursPerMonth = new()
    {
        Name = nameof(AssessmentAnswers.HoursPerMonth), Kind = AnswerKind.WholeNumber, Step = QuestionSteps.Skills, StepOrder = 4,
        Legend = "Hours of work per month (optional)", Summary = "Hours per month",
        Hint = $"About {AnswerLimits.DefaultHoursPerMonth} is one full-time person; for one-off work, the hours the whole job takes. Leave it empty for {AnswerLimits.DefaultHoursPerMonth}.",
        Default = AnswerLimits.DefaultHoursPerMonth.ToString(CultureInfo.InvariantCulture),
        NotANumber = $"Enter the hours per month as a whole number, for example {AnswerLimits.DefaultHoursPerMonth}.",
        AtLeast = AnswerLimits.MinHoursPerMonth, AtMost = AnswerLimits.MaxHoursPerMonth,
        TooLow = HoursRange, TooHigh = HoursRange,
        Alternatives = (now, _) => [Math.Floor(now / 2), now * 2],
        Phrase = (v, _) => $"the work took {decimal.Parse(v, CultureInfo.InvariantCulture):N0} hours a month",
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
        WhatIf = true,
        Phrase = (v, _) => v switch
        {
            "one-off" => "the work were a one-off job",
            "short-term" => "you needed help for a few weeks or months only",
            _ => "the work carried on month after month",
        },
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
        WhatIf = true,
        Phrase = (v, _) => v switch
        {
            "business-hours" => "you needed cover in business hours only",
            "extended" => "you needed cover in the evenings or at weekends as well",
            _ => "you needed cover around the clock",
        },
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
        WhatIf = true,
        Phrase = (v, _) => v switch
        {
            "none" => "you needed no shared working hours",
            "partial" => "you needed a few shared working hours a day",
            _ => "you needed the provider to work your whole day",
        },
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
        Name = nameof(AssessmentAnswers.Preset), Kind = AnswerKind.Preset, Step = QuestionSteps.Skills, StepOrder = 7,
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

    public static readonly Question TotalBudget = new()
    {
        Name = nameof(AssessmentAnswers.TotalBudget), FollowUp = true, Kind = AnswerKind.Money, Step = QuestionSteps.Skills, StepOrder = 3,
        Legend = "Total budget for one-off work", Summary = "Total budget", CsvDetail = "USD",
        Hint = "Required when the work is one-off: what the whole job may cost. Fixed-price projects are set against it.",
        NotANumber = "Enter the total budget as a number, for example 8000.",
        Above = 0, TooLow = "The total budget must be more than 0.",
        AtMost = AnswerLimits.MaxTotalBudget,
        TooHigh = $"The total budget can be at most the value of {AnswerLimits.MaxTotalBudget.ToString("N0", CultureInfo.InvariantCulture)} US dollars.",
        RequiredIf = others => others(Engagement) == Assessment.Wire.Name(Assessment.Engagement.OneOff),
        MissingIf = "For one-off work, enter the total you can spend on the whole job, for example 8000.",
        Alternatives = (now, t) => t.WhatIfBudgetFactors.Select(f => Math.Round(now * f, 0, MidpointRounding.AwayFromZero)),
        Phrase = (_, money) => $"your total budget were {money}",
        Read = a => a.TotalBudget?.ToString(CultureInfo.InvariantCulture),
        Write = (a, v) => a with { TotalBudget = v is null ? null : Decimal(v) },
    };

    public static readonly Question Headcount = new()
    {
        Name = nameof(AssessmentAnswers.Headcount), FollowUp = true, Kind = AnswerKind.WholeNumber, Step = QuestionSteps.Skills, StepOrder = 5,
        Legend = "How many employees does the service cover? (optional)", Summary = "Employees covered",
        Hint = "Payroll, HR, benefits and IT help desks are priced per employee a month. Without it there is no monthly total for them.",
        NotANumber = "Enter the number of employees as a whole number, for example 25.",
        AtLeast = 1, AtMost = AnswerLimits.MaxHeadcount, TooLow = HeadcountRange, TooHigh = HeadcountRange,
        Alternatives = (now, _) => [Math.Floor(now / 2), now * 2],
        Phrase = (v, _) => $"the service covered {decimal.Parse(v, CultureInfo.InvariantCulture):N0} employees",
        Read = a => a.Headcount?.ToString(CultureInfo.InvariantCulture),
        Write = (a, v) => a with { Headcount = v is null ? null : (int)Decimal(v) },
    };

    private static string HeadcountRange =>
        $"The number of employees must be a whole number from 1 to {AnswerLimits.MaxHeadcount.ToString("N0", CultureInfo.InvariantCulture)}.";

    public static readonly Question Volume = new()
    {
        Name = nameof(AssessmentAnswers.Volume), FollowUp = true, Kind = AnswerKind.WholeNumber, Step = QuestionSteps.Skills, StepOrder = 6,
        Legend = "How many items a month? (optional)", Summary = "Items a month",
        Hint = "For work priced per item (pages, claims, invoices, orders, words, meetings): how many a month, or in all for one-off work.",
        NotANumber = "Enter the number of items as a whole number, for example 5000.",
        AtLeast = 1, AtMost = AnswerLimits.MaxVolume, TooLow = VolumeRange, TooHigh = VolumeRange,
        Alternatives = (now, _) => [Math.Floor(now / 2), now * 2],
        Phrase = (v, _) => $"there were {decimal.Parse(v, CultureInfo.InvariantCulture):N0} items a month",
        Read = a => a.Volume?.ToString(CultureInfo.InvariantCulture),
        Write = (a, v) => a with { Volume = v is null ? null : (int)Decimal(v) },
    };

    private static string VolumeRange =>
        $"The number of items must be a whole number from 1 to {AnswerLimits.MaxVolume.ToString("N0", CultureInfo.InvariantCulture)}.";

    // Where the business is: the first step, so the budgets can be asked in its currency.
    // The choices come from the catalogue's country table, so the validator checks them against it.
    public static readonly Question BusinessCountry = new()
    {
        Name = nameof(AssessmentAnswers.BusinessCountry), FollowUp = true, Kind = AnswerKind.Country, Step = QuestionSteps.Business, StepOrder = 1,
        Legend = "Where is your business?", Summary = "Business country",
        Hint = "Onshore means your own country; nearshore and offshore are worked out from it.",
        Unanswered = "Not given (United States assumed)",
        RequiredOnPage = "Choose the country your business is in.",
        Read = a => a.BusinessCountry, Write = (a, v) => a with { BusinessCountry = Blank(v)?.ToUpperInvariant() },
    };

    public static readonly Question BusinessTimeZone = new()
    {
        Name = nameof(AssessmentAnswers.BusinessTimeZone), FollowUp = true, Kind = AnswerKind.TimeZone, Step = QuestionSteps.Business, StepOrder = 2,
        Legend = "Which time zone does your office keep?", Summary = "Office time zone",
        Hint = "Only for a country with several time zones. Shared working hours are worked out from it.",
        Unanswered = "The country's main time zone",
        Read = a => a.BusinessTimeZone, Write = (a, v) => a with { BusinessTimeZone = Blank(v) },
    };

    public static readonly Question Currency = new()
    {
        Name = nameof(AssessmentAnswers.Currency), FollowUp = true, Kind = AnswerKind.Currency, Step = QuestionSteps.Business, StepOrder = 3,
        Legend = "Which currency do you work in? (optional)", Summary = "Currency of the report",
        Hint = "Leave it for your country's own currency. Your budget is asked in it, and prices are converted to it at the dated reference rate in the catalogue.",
        Unanswered = "Your country's currency",
        Read = a => a.Currency, Write = (a, v) => a with { Currency = Blank(v)?.ToUpperInvariant() },
    };

    /// <summary>
    /// The currency the budgets are in. Not asked on a page of its own: the questionnaire takes the budgets in the
    /// report's currency and records which; the API takes US dollars unless a body names one.
    /// </summary>
    public static readonly Question BudgetCurrency = new()
    {
        Name = nameof(AssessmentAnswers.BudgetCurrency), FollowUp = true, OnReport = false, Kind = AnswerKind.Currency, Step = QuestionSteps.None, StepOrder = 0,
        Legend = "Currency of the budgets", Summary = "Currency of the budgets",
        Unanswered = "US dollars",
        Read = a => a.BudgetCurrency, Write = (a, v) => a with { BudgetCurrency = Blank(v)?.ToUpperInvariant() },
    };

    /// <summary>Every answer, in wire order.</summary>
    public static readonly IReadOnlyList<Question> All =
    [
        TaskType, SkillLevel, MonthlyBudget, Location, HoursPerMonth, Goal, Engagement, Scope, Reliance,
        CustomerFacing, Coverage, TimeZoneOverlap, DataSensitivity, OnSiteRequired, ClientName, Preset,
        TotalBudget, Headcount, Volume,
        BusinessCountry, BusinessTimeZone, Currency, BudgetCurrency,
    ];

    /// <summary>The answers a step asks, in the order it asks them.</summary>
    public static IReadOnlyList<Question> OnStep(string step) => [.. All.Where(q => q.Step == step).OrderBy(q => q.StepOrder)];

    /// <summary>Every answer in questionnaire order: step by step, as the check page lists them.</summary>
    public static readonly IReadOnlyList<Question> InQuestionnaireOrder =
        [.. OnStep(QuestionSteps.Business), .. OnStep(QuestionSteps.Work), .. OnStep(QuestionSteps.Skills), .. OnStep(QuestionSteps.Location)];

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
