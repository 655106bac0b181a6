using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Consultant;

namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>A consultant's comparison seen through a share link: read-only, until it expires or is revoked.</summary>
public sealed class SharedComparisonModel(AdvisorDbContext db, CatalogueStore store, TimeProvider clock) : PageModel
{
    public Comparison? Comparison { get; private set; }
    public string? Gone { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        Response.Headers.CacheControl = PageHeaders.NoStore;
        var link = await db.ComparisonShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Token == token);
        if (link is null) return NotFound();
        var ids = link.AssessmentIds.Split(' ');
        Comparison = link.RevokedAtUtc is null && link.ExpiresAtUtc > clock.GetUtcNow().UtcDateTime
            ? await Comparison.LoadAsync(db, HttpContext, ids, link.OwnerId, store.Current)
            : null;
        if (Comparison is not null) return Page();
        Gone = link.RevokedAtUtc is not null ? "The consultant who shared this comparison has withdrawn the link."
            : link.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime ? $"This link expired on {link.ExpiresAtUtc:d MMMM yyyy}."
            : "A scenario in this comparison has been deleted.";
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }
}
