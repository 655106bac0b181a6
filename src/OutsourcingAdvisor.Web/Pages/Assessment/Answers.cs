using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Web.Assessments;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>A radio group as the partial renders it: fieldset, legend, help text, error, options.</summary>
public sealed record RadioGroup(string Field, string Legend, string? Hint, IReadOnlyList<AnswerChoice> Choices, string? Selected, string? Error)
{
    public string Name => $"Input.{Field}";
    public string Id => $"Input_{Field}";
    public string ChoiceId(int i) => i == 0 ? Id : $"{Id}_{i}";
    // Not ChoiceId + "-hint": for the first option that would be the group hint's id.
    public string ChoiceHintId(int i) => $"{Id}_{i}_hint";

    public static RadioGroup For(Question q, Domain.Catalogue.AdvisorCatalogue catalogue, string? selected, string? error) =>
        new(q.Name, q.Legend, q.Hint, q.ChoicesIn(catalogue), selected ?? (q.Kind == AnswerKind.Preset ? q.Default : null), error);
}

/// <summary>The answers as a person reads them, from each answer's <see cref="Question"/>.</summary>
public static class Answers
{
    /// <summary>Every answer in questionnaire order: (field, question, answer). The weighting the report used wins over the one asked.</summary>
    /// <remarks>Answers whose choices are the catalogue's (the location) are labelled by <paramref name="catalogue"/>.</remarks>
    /// <remarks>
    /// Budgets read in the currency they were given in (US dollars for answers that name none); countries, time zones
    /// and currencies by their names.
    /// </remarks>
    public static IEnumerable<(string Field, string Question, string Answer)> Describe(AssessmentInput a, string taskName, Domain.Catalogue.AdvisorCatalogue catalogue, string? preset = null)
    {
        var table = catalogue.Countries;
        var budgetCurrency = a.BudgetCurrency is { } code && table is not null ? table.CurrencyOf(code) : Domain.Countries.CurrencyName.UsDollar;
        foreach (var q in Questions.InQuestionnaireOrder)
        {
            var value = q.Kind == AnswerKind.Preset ? preset ?? a[q] : a[q];
            yield return (q.Name, q.Summary, q.Kind switch
            {
                AnswerKind.TaskType => taskName,
                AnswerKind.Money => q.Display(value, catalogue, budgetCurrency),
                AnswerKind.Country when value is not null && table?.Find(value) is { } country => country.Name,
                AnswerKind.TimeZone when value is not null => Domain.Text.English.Zone(value),
                AnswerKind.Currency when value is not null && table is not null => Domain.Text.English.Capital(table.CurrencyOf(value).Name),
                _ => q.Display(value, catalogue),
            });
        }
    }

    /// <summary>Only the answers that shape the advice (not the name printed on it), for the report and comparison.</summary>
    public static IEnumerable<(string Field, string Question, string Answer)> DescribeForReport(AssessmentInput a, string taskName, string? preset, Domain.Catalogue.AdvisorCatalogue catalogue) =>
        Describe(a, taskName, catalogue, preset).Where(r => Questions.Find(r.Field) is not { } q || q.ShownOnReport(a[q], o => a[o]));
}

/// <summary>A question as its step page renders it.</summary>
public sealed record QuestionField(Question Question, StepPageModel Page);


