namespace OutsourcingAdvisor.Domain.Assessment;

/// <summary>
/// What the owner told us, already checked and parsed. Optional answers are null when not given. Each property
/// has its definition (wire name, choices, step, what-if wording) in <see cref="Questions"/>.
/// </summary>
public sealed record AssessmentAnswers
{
    public required string TaskType { get; init; }
    public required SkillLevel SkillLevel { get; init; }
    public required decimal MonthlyBudget { get; init; }
    public PreferredLocation Location { get; init; } = PreferredLocation.Any;
    public int HoursPerMonth { get; init; } = AnswerLimits.DefaultHoursPerMonth;
    public Goal? Goal { get; init; }
    public Engagement Engagement { get; init; } = Engagement.Ongoing;
    public WorkScope? Scope { get; init; }
    public Reliance? Reliance { get; init; }
    public bool? CustomerFacing { get; init; }
    public Coverage? Coverage { get; init; }
    public TimeZoneOverlap? TimeZoneOverlap { get; init; }
    public DataSensitivity? DataSensitivity { get; init; }
    public bool? OnSiteRequired { get; init; }
    public string? ClientName { get; init; }
    /// <summary>Weight preset name; null means the catalogue's default.</summary>
    public string? Preset { get; init; }
    /// <summary>Employees the service covers, for work priced per employee (payroll, HR, benefits, IT help desk).</summary>
    public int? Headcount { get; init; }
    /// <summary>What one-off work may cost in all, in <see cref="BudgetCurrency"/>; fee-priced projects are set against it.</summary>
    public decimal? TotalBudget { get; init; }
    /// <summary>Items a month (pages, claims, invoices, orders...) for work priced per item.</summary>
    public int? Volume { get; init; }
    /// <summary>ISO 3166-1 alpha-2 code of the owner's country; null means none was given (the engine assumes the US and says so).</summary>
    public string? BusinessCountry { get; init; }
    /// <summary>IANA id of the owner's office clock; null means the country's main zone.</summary>
    public string? BusinessTimeZone { get; init; }
    /// <summary>ISO 4217 code the report shows money in; null means the owner's country's own currency.</summary>
    public string? Currency { get; init; }
    /// <summary>
    /// ISO 4217 code the budgets are given in (the questionnaire takes them in the report's currency); null means US
    /// dollars, as the API has always taken them. The engine converts them at the catalogue's dated reference rate.
    /// </summary>
    public string? BudgetCurrency { get; init; }

    /// <summary>A budget of these answers in US dollars, at the table's reference rate (unchanged without a table or in dollars).</summary>
    public decimal InUsd(decimal budget, Countries.FxTable? fx) =>
        BudgetCurrency is null or "USD" || fx is null || !fx.Offers(BudgetCurrency) ? budget : Math.Round(fx.ToUsd(budget, BudgetCurrency), 2);

    /// <summary>The monthly budget in US dollars.</summary>
    public decimal MonthlyBudgetUsd(Countries.FxTable? fx) => InUsd(MonthlyBudget, fx);

    /// <summary>The total budget in US dollars, where one was given.</summary>
    public decimal? TotalBudgetUsd(Countries.FxTable? fx) => TotalBudget is { } t ? InUsd(t, fx) : null;

    /// <summary>
    /// Not a question: the date shared working hours are worked out for, set by the caller (the app passes
    /// today's date) so the engine never reads a clock. Null means <see cref="Scoring.ScoringEngine.ReferenceDate"/>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? AssessedOn { get; init; }
}
