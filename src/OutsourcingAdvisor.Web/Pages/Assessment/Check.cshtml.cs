using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>Step 4: every answer with a change link; submitting runs the engine once and opens the report.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Configuration.RateLimitSetup.Submissions)]
public sealed class CheckModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock, Microsoft.AspNetCore.Identity.UserManager<AdvisorUser> users)
    : StepPageModel(db, store, validator, clock)
{
    public override Questionnaire.StepInfo Step => Questionnaire.Check;

    public string TaskName => Store.Current.CategoryFor(Answers.TaskType)?.Name ?? Answers.TaskType ?? "Not answered";

    public override string ErrorLink(string field) => $"{Questionnaire.Url(DraftId!, Questionnaire.StepOf(field))}#Input_{field}";

    public string ChangeLink(string field) => ErrorLink(field);

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        Answers = Questionnaire.Read(draft);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        // A second submit (double click, back and resubmit) opens the report already made.
        if (draft.AssessmentId is not null) return Redirect($"/reports/{draft.AssessmentId}");
        Answers = Questionnaire.Read(draft);
        if (!await ValidateAllAsync(Answers)) return Page();
        Ownership? owner = null;
        if (draft.OwnerId is not null && await users.FindByIdAsync(draft.OwnerId) is { } consultant)
            owner = new Ownership(consultant.Id, draft.ClientId, consultant.DisplayName, consultant.Firm);
        var (record, _) = await AssessmentStorage.SaveAsync(Db, Store.Current, Answers, Clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted, owner);
        draft.AssessmentId = record.Id;
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect($"/reports/{record.Id}");
    }
}
