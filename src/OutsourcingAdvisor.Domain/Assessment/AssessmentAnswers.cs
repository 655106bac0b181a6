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
}
