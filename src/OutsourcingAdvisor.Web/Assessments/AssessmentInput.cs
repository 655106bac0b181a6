using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Web.Assessments;

/// <summary>
/// The questionnaire's answers as they arrive from a form or from JSON: text for the closed choices, so a wrong
/// value gets a plain message from the validator instead of a binding failure. Shared by the pages and the API.
/// </summary>
public sealed class AssessmentInput
{
    public const int MaxClientNameLength = 120;

    public string? TaskType { get; set; }
    public string? SkillLevel { get; set; }
    public decimal? MonthlyBudget { get; set; }
    public string? Location { get; set; }
    public int? HoursPerMonth { get; set; }
    public string? Goal { get; set; }
    public string? Engagement { get; set; }
    public string? Scope { get; set; }
    public string? Reliance { get; set; }
    public bool? CustomerFacing { get; set; }
    public string? Coverage { get; set; }
    public string? TimeZoneOverlap { get; set; }
    public string? DataSensitivity { get; set; }
    public bool? OnSiteRequired { get; set; }
    public string? ClientName { get; set; }
    public string? Preset { get; set; }

    /// <summary>The parsed answers. Call only after the validator has passed.</summary>
    public AssessmentAnswers ToAnswers() => new()
    {
        TaskType = TaskType!,
        SkillLevel = Wire.Parse<SkillLevel>(SkillLevel) ?? throw Invalid(nameof(SkillLevel)),
        MonthlyBudget = MonthlyBudget ?? throw Invalid(nameof(MonthlyBudget)),
        Location = Wire.Parse<PreferredLocation>(Location) ?? throw Invalid(nameof(Location)),
        HoursPerMonth = HoursPerMonth ?? AssessmentAnswers.DefaultHoursPerMonth,
        Goal = Wire.Parse<Goal>(Goal),
        Engagement = Wire.Parse<Engagement>(Engagement) ?? Domain.Assessment.Engagement.Ongoing,
        Scope = Wire.Parse<WorkScope>(Scope),
        Reliance = Wire.Parse<Reliance>(Reliance),
        CustomerFacing = CustomerFacing,
        Coverage = Wire.Parse<Coverage>(Coverage),
        TimeZoneOverlap = Wire.Parse<TimeZoneOverlap>(TimeZoneOverlap),
        DataSensitivity = Wire.Parse<DataSensitivity>(DataSensitivity),
        OnSiteRequired = OnSiteRequired,
        ClientName = string.IsNullOrWhiteSpace(ClientName) ? null : ClientName.Trim(),
        Preset = string.IsNullOrWhiteSpace(Preset) ? null : Preset,
    };

    /// <summary>The answers back as input, e.g. to store them or to start a new scenario from them.</summary>
    public static AssessmentInput From(AssessmentAnswers a) => new()
    {
        TaskType = a.TaskType,
        SkillLevel = Wire.Name(a.SkillLevel),
        MonthlyBudget = a.MonthlyBudget,
        Location = Wire.Name(a.Location),
        HoursPerMonth = a.HoursPerMonth,
        Goal = a.Goal is { } g ? Wire.Name(g) : null,
        Engagement = Wire.Name(a.Engagement),
        Scope = a.Scope is { } s ? Wire.Name(s) : null,
        Reliance = a.Reliance is { } r ? Wire.Name(r) : null,
        CustomerFacing = a.CustomerFacing,
        Coverage = a.Coverage is { } c ? Wire.Name(c) : null,
        TimeZoneOverlap = a.TimeZoneOverlap is { } t ? Wire.Name(t) : null,
        DataSensitivity = a.DataSensitivity is { } d ? Wire.Name(d) : null,
        OnSiteRequired = a.OnSiteRequired,
        ClientName = a.ClientName,
        Preset = a.Preset,
    };

    private static InvalidOperationException Invalid(string field) => new($"{field} was not validated before use.");
}
