using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Assessment;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>Copies an assessment's answers into a new draft for the same client: a scenario to change and submit.</summary>
public sealed class DuplicateModel(AdvisorDbContext db, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await Access.AssessmentAsync(db, HttpContext, id) is not { OwnerId: not null, ClientId: { } clientId } record) return NotFound();
        if (await Access.ClientAsync(db, HttpContext, clientId) is not { } client) return NotFound();
        var answers = AssessmentStorage.Read(record).Answers;
        var draft = await ClientModel.NewDraftAsync(db, clock, client, answers);
        return Redirect(Questionnaire.Url(draft.Id, Questionnaire.Check));
    }
}
