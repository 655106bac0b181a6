using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>One stored assessment, rendered only from what was stored, so it reads the same later.</summary>
[KeptPages.Keepable]
public sealed class ReportModel(AdvisorDbContext db, CatalogueStore store, KeptPages kept) : PageModel
{
    public ReportView View { get; private set; } = null!;
    public ReportPage Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Response.Headers.CacheControl = PageHeaders.NoStore;
        var record = await Access.AssessmentAsync(db, HttpContext, id);
        if (record is null) return NotFound();
        var catalogue = store.Current;
        return await kept.ReportAsync(HttpContext, record, catalogue.Version, async () =>
        {
            View = ReportView.From(record, isOwner: record.OwnerId is not null && record.OwnerId == User.UserId(), names: catalogue.Countries);
            Report = await ReportPage.ForAsync(View, db, catalogue, HttpContext.RequestAborted);
            return Page();
        });
    }
}
