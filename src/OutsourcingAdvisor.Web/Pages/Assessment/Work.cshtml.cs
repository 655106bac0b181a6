using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>Step 1: which work, for how long, how much of it, how often, and why.</summary>
public sealed class WorkModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock)
    : StepPageModel(db, store, validator, clock)
{
    public sealed class WorkInput
    {
        public string? TaskType { get; set; }
        public string? Engagement { get; set; }
        public string? Scope { get; set; }
        public string? Reliance { get; set; }
        public string? Goal { get; set; }
    }

    public override Questionnaire.StepInfo Step => Questionnaire.Work;

    [BindProperty]
    public WorkInput Input { get; set; } = new();

    public string? Query { get; private set; }

    /// <summary>The task types to show, grouped by the first model the documents put them under.</summary>
    public IReadOnlyList<(string Model, IReadOnlyList<ServiceCategory> Categories)> TaskGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? q, string? taskType)
    {
        if (DraftId is not null)
        {
            var draft = await LoadDraftAsync();
            if (draft is null) return DraftGone();
            Answers = Questionnaire.Read(draft);
            Input = new WorkInput { TaskType = Answers.TaskType, Engagement = Answers.Engagement, Scope = Answers.Scope, Reliance = Answers.Reliance, Goal = Answers.Goal };
        }
        else if (Store.Current.FindCategory(taskType) is not null)
        {
            Input.TaskType = taskType;
        }
        Group(q);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadDraftAsync();
        if (DraftId is not null && draft is null) return DraftGone();
        var merged = draft is null ? new AssessmentInput() : Questionnaire.Read(draft);
        merged.TaskType = Input.TaskType;
        merged.Engagement = Input.Engagement;
        merged.Scope = Input.Scope;
        merged.Reliance = Input.Reliance;
        merged.Goal = Input.Goal;
        Answers = merged;
        if (!await ValidateStepAsync(merged, new Dictionary<string, string>()))
        {
            Group(null);
            return Page();
        }
        if (draft is null && !await MayStartDraftAsync()) return TooManyDrafts();
        await SaveDraftAsync(draft, merged);
        return GoTo(Questionnaire.Skills);
    }

    private void Group(string? q)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
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
