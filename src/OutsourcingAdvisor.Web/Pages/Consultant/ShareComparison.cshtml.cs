using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>Read-only links to one comparison, like a report's: pick the expiry, see them all, revoke any.</summary>
public sealed class ShareComparisonModel(AdvisorDbContext db, CatalogueStore store, TimeProvider clock) : PageModel
{
    public Comparison Comparison { get; private set; } = null!;
    public IReadOnlyList<ComparisonShareLink> Links { get; private set; } = [];
    public IReadOnlyList<string> Ids { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public int? Days { get; set; } = 30;

    public string IdsQuery => string.Join("&", Ids.Select(id => "ids=" + Uri.EscapeDataString(id)));
    public string LinkUrl(ComparisonShareLink link) => Security.PublicUrls.Absolute(HttpContext, $"/shared/compare/{link.Token}");

    public async Task<IActionResult> OnGetAsync([FromQuery] string[] ids) => await LoadAsync(ids) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync([FromQuery] string[] ids)
    {
        if (!await LoadAsync(ids)) return NotFound();
        if (Days is null or < 1 or > ShareModel.MaxDays)
        {
            ModelState.AddModelError(nameof(Days), $"Choose how many days the link works: a whole number from 1 to {ShareModel.MaxDays}.");
            return Page();
        }
        var now = Now;
        db.ComparisonShareLinks.Add(new ComparisonShareLink { Token = AssessmentStorage.NewId(), OwnerId = User.UserId()!, AssessmentIds = string.Join(' ', Ids), CreatedAtUtc = now, ExpiresAtUtc = now.AddDays(Days.Value) });
        await db.SaveChangesAsync();
        return Redirect("/consultant/compare/share?" + IdsQuery);
    }

    public async Task<IActionResult> OnPostRevokeAsync([FromQuery] string[] ids, string token)
    {
        if (!await LoadAsync(ids)) return NotFound();
        var me = User.UserId();
        var link = await db.ComparisonShareLinks.FirstOrDefaultAsync(l => l.Token == token && l.OwnerId == me);
        if (link is null) return NotFound();
        link.RevokedAtUtc ??= Now;
        await db.SaveChangesAsync();
        return Redirect("/consultant/compare/share?" + IdsQuery);
    }

    private async Task<bool> LoadAsync(string[] ids)
    {
        Ids = [.. ids.Distinct()];
        if (Ids.Count is < Comparison.Min or > Comparison.Max) return false;
        if (await Comparison.LoadAsync(db, HttpContext, Ids, User.UserId()!, store.Current) is not { } comparison) return false;
        Comparison = comparison;
        var key = string.Join(' ', Ids);
        var me = User.UserId();
        Links = await db.ComparisonShareLinks.AsNoTracking().Where(l => l.OwnerId == me && l.AssessmentIds == key).OrderByDescending(l => l.CreatedAtUtc).ToListAsync();
        return true;
    }
}
