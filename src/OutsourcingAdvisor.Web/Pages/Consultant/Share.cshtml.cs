using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>Read-only links to one report: create one with an expiry, see them all, revoke any.</summary>
public sealed class ShareModel(AdvisorDbContext db, TimeProvider clock) : PageModel
{
    public const int MaxDays = 365;

    public AssessmentRecord Assessment { get; private set; } = null!;
    public IReadOnlyList<ShareLink> Links { get; private set; } = [];
    public string? Error { get; private set; }
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public int? Days { get; set; } = 30;

    public string LinkUrl(ShareLink link) => Security.PublicUrls.Absolute(HttpContext, $"/shared/{link.Token}");

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Days is null or < 1 or > MaxDays)
        {
            Error = $"Choose how many days the link works: a whole number from 1 to {MaxDays}.";
            return Page();
        }
        var now = Now;
        db.ShareLinks.Add(new ShareLink { Token = AssessmentStorage.NewId(), AssessmentId = id, OwnerId = Assessment.OwnerId!, CreatedAtUtc = now, ExpiresAtUtc = now.AddDays(Days.Value) });
        await db.SaveChangesAsync();
        return Redirect($"/consultant/assessments/{id}/share");
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, string token)
    {
        if (!await LoadAsync(id)) return NotFound();
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.Token == token && l.AssessmentId == id);
        if (link is null) return NotFound();
        link.RevokedAtUtc ??= Now;
        await db.SaveChangesAsync();
        return Redirect($"/consultant/assessments/{id}/share");
    }

    private async Task<bool> LoadAsync(string id)
    {
        // Only a consultant's own assessments can be shared this way; an owner's anonymous link is already shareable.
        if (await Access.AssessmentAsync(db, HttpContext, id) is not { OwnerId: not null } record) return false;
        Assessment = record;
        Links = await db.ShareLinks.AsNoTracking().Where(l => l.AssessmentId == id).OrderByDescending(l => l.CreatedAtUtc).ToListAsync();
        return true;
    }
}
