using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>Step 3: where the work may be done from, and what limits that.</summary>
public sealed class LocationModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock)
    : StepPageModel(db, store, validator, clock)
{
    public override Questionnaire.StepInfo Step => Questionnaire.Location;

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        Show(Questionnaire.Read(draft));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        if (!await TakeStepAsync(Questionnaire.Read(draft))) return Page();
        await SaveDraftAsync(draft, Answers);
        return GoTo(Questionnaire.Check);
    }
}
