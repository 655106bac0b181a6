using FluentValidation;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Assessments;

/// <summary>The one validator for the questionnaire, used by every page step and by the API.</summary>
public sealed class AssessmentInputValidator : AbstractValidator<AssessmentInput>
{
    public const decimal MaxBudget = 10_000_000m;
    public const int MaxHours = 20_000;

    public AssessmentInputValidator(CatalogueStore catalogue)
    {
        RuleFor(x => x.TaskType)
            .NotEmpty().WithMessage("Choose the kind of work you want to hand off.")
            .Must(slug => catalogue.Current.CategoryFor(slug) is not null)
            .WithMessage(x => $"We do not know the task type “{Clip(x.TaskType)}”. Choose one from the list.")
            .When(x => !string.IsNullOrEmpty(x.TaskType), ApplyConditionTo.CurrentValidator);

        RuleFor(x => x.SkillLevel)
            .NotEmpty().WithMessage("Choose the skill level the work needs.");
        OneOf(x => x.SkillLevel, Wire.SkillLevels, "skill level");

        RuleFor(x => x.MonthlyBudget)
            .NotNull().WithMessage("Enter your monthly budget in US dollars, for example 3000.")
            .GreaterThan(0).WithMessage("Your monthly budget must be more than $0.")
            .LessThanOrEqualTo(MaxBudget).WithMessage("Your monthly budget can be at most $10,000,000.");

        RuleFor(x => x.Location)
            .NotEmpty().WithMessage("Choose where the work may be delivered from, or “any”.");
        OneOf(x => x.Location, Wire.Locations, "location");

        RuleFor(x => x.HoursPerMonth)
            .InclusiveBetween(1, MaxHours).WithMessage("Hours per month must be a whole number from 1 to 20,000.");

        OneOf(x => x.Goal, Wire.Goals, "goal");
        OneOf(x => x.Engagement, Wire.Engagements, "length of engagement");
        OneOf(x => x.Scope, Wire.Scopes, "scope");
        OneOf(x => x.Reliance, Wire.Reliances, "how often you need it");
        OneOf(x => x.Coverage, Wire.Coverages, "hours of cover");
        OneOf(x => x.TimeZoneOverlap, Wire.Overlaps, "shared working hours");
        OneOf(x => x.DataSensitivity, Wire.Sensitivities, "data sensitivity");

        RuleFor(x => x.ClientName)
            .MaximumLength(AssessmentInput.MaxClientNameLength)
            .WithMessage($"The client name can be at most {AssessmentInput.MaxClientNameLength} characters.")
            .Must(s => s is null || !s.Any(char.IsControl))
            .WithMessage("The client name cannot contain control characters such as tabs or line breaks.");

        RuleFor(x => x.Preset)
            .Must(p => string.IsNullOrEmpty(p) || catalogue.Current.FindPreset(p) is not null)
            .WithMessage(_ => $"Choose a weighting of: {string.Join(", ", catalogue.Current.Presets.Select(p => p.Name))}.");
    }

    private void OneOf(System.Linq.Expressions.Expression<Func<AssessmentInput, string?>> field, string[] allowed, string what) =>
        RuleFor(field)
            .Must(v => string.IsNullOrEmpty(v) || allowed.Contains(v))
            .WithMessage($"Choose a {what} from the list: {string.Join(", ", allowed)}.");

    private static string Clip(string? s) =>
        s is null ? "" : new string(s.Take(40).Where(ch => !char.IsControl(ch)).ToArray());
}
