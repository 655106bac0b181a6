using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Web.Assessments;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>A radio group as the partial renders it: fieldset, legend, help text, error, options.</summary>
public sealed record RadioGroup(string Field, string Legend, string? Hint, IReadOnlyList<AnswerChoice> Choices, string? Selected, string? Error)
{
    public string Name => $"Input.{Field}";
    public string Id => $"Input_{Field}";
    public string ChoiceId(int i) => i == 0 ? Id : $"{Id}_{i}";

    public static RadioGroup For(Question q, string? selected, string? error) =>
        new(q.Name, q.Legend, q.Hint, q.Choices, selected ?? (q.Kind == AnswerKind.Preset ? q.Default : null), error);
}

/// <summary>The answers as a person reads them, from each answer's <see cref="Question"/>.</summary>
public static class Answers
{
    /// <summary>Every answer in questionnaire order: (field, question, answer). The weighting the report used wins over the one asked.</summary>
    public static IEnumerable<(string Field, string Question, string Answer)> Describe(AssessmentInput a, string taskName, string? preset = null)
    {
        foreach (var q in Questions.InQuestionnaireOrder)
        {
            var value = q.Kind == AnswerKind.Preset ? preset ?? a[q] : a[q];
            yield return (q.Name, q.Summary, q.Kind == AnswerKind.TaskType ? taskName : q.Display(value));
        }
    }

    /// <summary>Only the answers that shape the advice (not the name printed on it), for the report and comparison.</summary>
    public static IEnumerable<(string Field, string Question, string Answer)> DescribeForReport(AssessmentInput a, string taskName, string? preset) =>
        Describe(a, taskName, preset).Where(r => Questions.Find(r.Field)?.OnReport != false);
}

/// <summary>A question as its step page renders it.</summary>
public sealed record QuestionField(Question Question, StepPageModel Page);
