using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>
/// Step 1: where the business is (country, office time zone, currency). Asked first, so the budgets can be asked in
/// the owner's own currency. The first save makes the draft and its resume link.
/// </summary>
[KeptPages.Keepable]
public sealed class BusinessModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock, KeptPages kept)
    : StepPageModel(db, store, validator, clock)
{
    public override Questionnaire.StepInfo Step => Questionnaire.Business;

    /// <summary>The kind of work chosen on the catalogue page ("Assess handing off …"), carried to the next step.</summary>
    [BindProperty]
    public string? StartWith { get; set; }

    /// <summary>
    /// A new assessment's first step before anything is chosen: no draft, no work carried over, no errors. The page is
    /// then the same markup for every new visitor until the catalogue changes, but for the antiforgery token, so it is
    /// kept as rendered (<see cref="KeptPages"/>) with a token made per visitor. It is the most requested page of the
    /// questionnaire.
    /// </summary>
    public bool IsPristine => DraftId is null && StartWith is null && ModelState.Count == 0;

    public async Task<IActionResult> OnGetAsync(string? taskType)
    {
        if (DraftId is not null)
        {
            var draft = await LoadDraftAsync();
            if (draft is null) return DraftGone();
            Show(Questionnaire.Read(draft));
        }
        else if (Store.Current.FindCategory(taskType) is not null)
        {
            StartWith = taskType;
        }
        if (IsPristine) return kept.FirstStep(HttpContext, Catalogue.Version, Page);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadDraftAsync();
        if (DraftId is not null && draft is null) return DraftGone();
        if (!await TakeStepAsync(draft is null ? new AssessmentInput() : Questionnaire.Read(draft))) return Page();
        // Work chosen on the catalogue page is the next step's answer until the owner changes it there.
        if (Answers.TaskType is null && Store.Current.FindCategory(StartWith) is not null) Answers.TaskType = StartWith;
        if (draft is null && !await MayStartDraftAsync()) return TooManyDrafts();
        await SaveDraftAsync(draft, Answers);
        return GoTo(Questionnaire.Work);
    }
}
