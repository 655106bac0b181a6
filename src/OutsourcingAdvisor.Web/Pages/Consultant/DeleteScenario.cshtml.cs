using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>Deleting a scenario, asked first on its own page so it works without JavaScript and is never one click.</summary>
public sealed class DeleteScenarioModel(AdvisorDbContext db, CatalogueStore store) : PageModel
{
    public AssessmentRecord Record { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public int ActiveShareLinks { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        ActiveShareLinks = await db.ShareLinks.CountAsync(l => l.AssessmentId == id && l.RevokedAtUtc == null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        // Share links and details go with it (cascade); a draft that led to it would resume onto a missing report.
        await db.Drafts.Where(d => d.AssessmentId == id).ExecuteDeleteAsync();
        await db.Assessments.Where(a => a.Id == id).ExecuteDeleteAsync();
        return Redirect(Record.ClientId is { } clientId ? $"/consultant/clients/{clientId}?deleted=true" : "/consultant");
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await Access.AssessmentAsync(db, HttpContext, id) is not { OwnerId: not null } record) return false;
        Record = record;
        var details = await db.ScenarioDetails.AsNoTracking().FirstOrDefaultAsync(s => s.AssessmentId == id);
        Name = ScenarioNames.NameOf(Reports.ReportView.From(record, names: store.Current.Countries), details);
        return true;
    }
}
