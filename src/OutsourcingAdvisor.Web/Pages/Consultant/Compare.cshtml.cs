using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>Two to four of the consultant's scenarios side by side, printable and shareable.</summary>
public sealed class CompareModel(AdvisorDbContext db, CatalogueStore store) : PageModel
{
    public Comparison? Comparison { get; private set; }
    public IReadOnlyList<string> Ids { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] string[] ids)
    {
        Ids = [.. ids.Distinct()];
        if (Ids.Count is < Comparison.Min or > Comparison.Max)
        {
            Error = $"Choose between {Comparison.Min} and {Comparison.Max} scenarios to compare.";
            return Page();
        }
        // Only the consultant's own assessments: anything else is not found, as everywhere.
        Comparison = await Comparison.LoadAsync(db, HttpContext, Ids, User.UserId()!, store.Current);
        if (Comparison is null) return NotFound();
        Response.Headers.CacheControl = PageHeaders.NoStore;
        return Page();
    }

    public string IdsQuery => string.Join("&", Ids.Select(id => "ids=" + Uri.EscapeDataString(id)));
}
