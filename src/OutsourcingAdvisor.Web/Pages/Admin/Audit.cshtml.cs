using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Admin;

/// <summary>Every catalogue change: who, when, what, old and new value, why, and the version it made.</summary>
public sealed class AuditModel(AdvisorDbContext db) : PageModel
{
    public IReadOnlyList<CatalogueAuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() =>
        Entries = await db.CatalogueAudit.AsNoTracking().OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(500).ToListAsync();
}
