using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>A consultant's report seen through a share link: read-only, until it expires or is revoked.</summary>
public sealed class SharedModel(AdvisorDbContext db, CatalogueStore store, TimeProvider clock) : PageModel
{
    public ReportPage? Report { get; private set; }
    public string? Gone { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        Response.Headers.CacheControl = PageHeaders.NoStore;
        var link = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Token == token);
        if (link is null) return NotFound();
        if (link.RevokedAtUtc is not null || link.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime)
        {
            Gone = link.RevokedAtUtc is not null
                ? "The consultant who shared this report has withdrawn the link."
                : $"This link expired on {link.ExpiresAtUtc:d MMMM yyyy}.";
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        var record = await db.Assessments.AsNoTracking().FirstAsync(a => a.Id == link.AssessmentId);
        Report = await ReportPage.ForAsync(ReportView.From(record, names: store.Current.Countries).ForShareLink(token), db, store.Current, HttpContext.RequestAborted);
        return Page();
    }
}
