using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>Step 1: which work, for how long, how much of it, how often, and why.</summary>
[KeptPages.Keepable]
public sealed class WorkModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock, KeptPages kept)
    : StepPageModel(db, store, validator, clock)
{
    public override Questionnaire.StepInfo Step => Questionnaire.Work;

    public string? Query { get; private set; }

    /// <summary>
    /// A new assessment's first step before anything is typed: no draft, no search, no work chosen, no errors. The
    /// page is then the same markup for every new visitor until the catalogue changes, but for the antiforgery token,
    /// so it is kept as rendered (<see cref="KeptPages"/>) with a token made per visitor. It is the most requested
    /// page of the questionnaire.
    /// </summary>
    public bool IsPristine => DraftId is null && Query is null && Input.TaskType is null && ModelState.Count == 0;

    /// <summary>The task types to show, grouped by the first model the documents put them under.</summary>
    public IReadOnlyList<(string Model, IReadOnlyList<ServiceCategory> Categories)> TaskGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? q, string? taskType)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (DraftId is not null)
        {
            var draft = await LoadDraftAsync();
            if (draft is null) return DraftGone();
            Show(Questionnaire.Read(draft));
        }
        else if (Store.Current.FindCategory(taskType) is not null)
        {
            Input.TaskType = taskType;
        }
        if (IsPristine) return kept.FirstStep(HttpContext, Catalogue.Version, () => { Group(); return Page(); });
        Group();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadDraftAsync();
        if (DraftId is not null && draft is null) return DraftGone();
        if (!await TakeStepAsync(draft is null ? new AssessmentInput() : Questionnaire.Read(draft)))
        {
            Group();
            return Page();
        }
        if (draft is null && !await MayStartDraftAsync()) return TooManyDrafts();
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
