using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
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
        // A second submit with the same answers (double click, back and resubmit) opens the report already made;
        // a step saved with changed answers has cleared the link, so those answers get their own report.
        if (draft.AssessmentId is not null) return Redirect($"/reports/{draft.AssessmentId}");
        Answers = Questionnaire.Read(draft);
        if (!await ValidateAllAsync(Answers)) return Page();
        Ownership? owner = null;
        if (draft.OwnerId is not null && await users.FindByIdAsync(draft.OwnerId) is { } consultant)
            owner = new Ownership(consultant.Id, draft.ClientId, consultant.DisplayName, consultant.Firm);

        // Claim the draft for a new report id and store the report in one transaction. Two submits at once (a
        // double click) both try the claim; the database lets only one change the row from "no report", and the
        // other opens that report instead of making a second one.
        var id = AssessmentStorage.NewId();
        var ct = HttpContext.RequestAborted;
        await using (var tx = await Db.Database.BeginTransactionAsync(ct))
        {
            var claimed = await Db.Drafts.Where(d => d.Id == draft.Id && d.AssessmentId == null)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.AssessmentId, id), ct);
            if (claimed == 0)
            {
                await tx.RollbackAsync(ct);
                var made = await Db.Drafts.AsNoTracking().Where(d => d.Id == draft.Id).Select(d => d.AssessmentId).FirstAsync(ct);
                return Redirect($"/reports/{made}");
            }
            await AssessmentStorage.SaveAsync(Db, Store.Current, Answers, Clock.GetUtcNow().UtcDateTime, ct, owner, id);
            await tx.CommitAsync(ct);
        }
        return Redirect($"/reports/{id}");
    }
}
