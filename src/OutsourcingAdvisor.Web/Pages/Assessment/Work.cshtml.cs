using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>Step 2: which work, for how long, how much of it, how often, and why.</summary>
public sealed class WorkModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock)
    : StepPageModel(db, store, validator, clock)
{
    public override Questionnaire.StepInfo Step => Questionnaire.Work;

    public string? Query { get; private set; }

    /// <summary>The task types to show, grouped by the first model the documents put them under.</summary>
    public IReadOnlyList<(string Model, IReadOnlyList<ServiceCategory> Categories)> TaskGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? q)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        Show(Questionnaire.Read(draft));
        Group();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        if (!await TakeStepAsync(Questionnaire.Read(draft)))
        {
            Group();
            return Page();
        }
        await SaveDraftAsync(draft, Answers);
        return GoTo(Questionnaire.Skills);
    }

    private void Group()
    {
        var categories = Store.Current.Categories.Where(c =>
            Query is null
            || c.Slug == Input.TaskType
            || c.Name.Contains(Query, StringComparison.OrdinalIgnoreCase)
            || c.Description.Contains(Query, StringComparison.OrdinalIgnoreCase)
            || c.Slug.Contains(Query, StringComparison.OrdinalIgnoreCase));
        TaskGroups = [.. categories
            .GroupBy(c => c.Models[0])
            .OrderBy(g => Array.IndexOf(CategoryModels.All, g.Key))
            .Select(g => (g.Key, (IReadOnlyList<ServiceCategory>)g.OrderBy(c => c.Name, StringComparer.Ordinal).ToList()))];
    }
}
