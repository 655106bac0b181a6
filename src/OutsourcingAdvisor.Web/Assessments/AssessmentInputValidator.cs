using FluentValidation;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Assessments;

/// <summary>
/// The one validator for the questionnaire, used by every page step and by the API. Each answer is checked by
/// its <see cref="Question"/>; the task type and the weighting are also checked against the current catalogue.
/// </summary>
public sealed class AssessmentInputValidator : AbstractValidator<AssessmentInput>
{
    public AssessmentInputValidator(CatalogueStore catalogue)
    {
        // One rule over the whole input, each question adding its failure under its own property name.
        RuleFor(x => x).Custom((input, context) =>
        {
            foreach (var q in Questions.All)
            {
                var value = input[q];
                if ((q.Problem(value) ?? CatalogueProblem(q, value, catalogue)) is { } problem)
                    context.AddFailure(q.Name, problem);
            }
        });
    }

    private static string? CatalogueProblem(Question q, string? value, CatalogueStore catalogue) => q.Kind switch
    {
        _ when string.IsNullOrEmpty(value) => null,
        AnswerKind.TaskType when catalogue.Current.CategoryFor(value) is null =>
            $"We do not know the task type “{Clip(value)}”. Choose one from the list.",
        AnswerKind.Preset when catalogue.Current.FindPreset(value) is null =>
            $"Choose a weighting of: {string.Join(", ", catalogue.Current.Presets.Select(p => p.Name))}.",
        _ => null,
    };

    private static string Clip(string? s) =>
        s is null ? "" : new string(s.Take(40).Where(ch => !char.IsControl(ch)).ToArray());
}
