using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Admin;

/// <summary>Edits a location's cost factor and working-hours figures, checked by the same rules as the seed import.</summary>
public sealed class EditLocationModel(CatalogueStore store, CatalogueEditor editor, UserManager<AdvisorUser> users) : PageModel
{
    public sealed class LocationInput
    {
        public decimal? CostMin { get; set; }
        public decimal? CostMax { get; set; }
        public int? GapMin { get; set; }
        public int? GapMax { get; set; }
        public int? OverlapMin { get; set; }
        public int? OverlapMax { get; set; }
        public string? Reason { get; set; }
        public string Revision { get; set; } = "";
    }

    [BindProperty]
    public LocationInput Input { get; set; } = new();

    public LocationProfile Location { get; private set; } = null!;
    public List<string> Errors { get; } = [];
    public string? Saved { get; private set; }

    public IActionResult OnGet(string key, string? saved)
    {
        if (store.Current.Locations.FirstOrDefault(l => l.Key == key) is not { } l) return NotFound();
        Location = l;
        Saved = saved;
        Input = new LocationInput
        {
            CostMin = l.CostFactor.Min, CostMax = l.CostFactor.Max, GapMin = l.TimeZoneGapHours.Min, GapMax = l.TimeZoneGapHours.Max,
            OverlapMin = l.OverlapHours.Min, OverlapMax = l.OverlapHours.Max,
            Revision = CatalogueEditor.RevisionOf(l),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        var catalogue = store.Current;
        if (catalogue.Locations.FirstOrDefault(l => l.Key == key) is not { } l) return NotFound();
        Location = l;
        if (string.IsNullOrWhiteSpace(Input.Reason)) Errors.Add("Say why you are making this change.");
        if (Input.CostMin is null || Input.CostMax is null || Input.GapMin is null || Input.GapMax is null || Input.OverlapMin is null || Input.OverlapMax is null)
            Errors.Add("Fill in every figure: cost factors as decimals (0.3), hours as whole numbers.");
        if (Errors.Count > 0) return Page();
        LocationProfile Change(LocationProfile x) => x with
        {
            CostFactor = x.CostFactor with { Min = Input.CostMin!.Value, Max = Input.CostMax!.Value },
            TimeZoneGapHours = x.TimeZoneGapHours with { Min = Input.GapMin!.Value, Max = Input.GapMax!.Value },
            OverlapHours = x.OverlapHours with { Min = Input.OverlapMin!.Value, Max = Input.OverlapMax!.Value },
        };
        var changed = Change(l);
        Errors.AddRange(CatalogueRules.CheckLocation(changed, id => catalogue.FindSource(id) is not null).Select(e => $"{e.Field}: {e.Message}."));
        if (Errors.Count > 0) return Page();
        var outcome = await editor.EditLocationAsync(key, Change,
            Input.Revision, Input.Reason!.Trim(), (await users.GetUserAsync(User))!);
        if (!outcome.Saved)
        {
            Errors.Add(outcome.Conflict!);
            return Page();
        }
        return Redirect($"/admin/catalogue/location/{key}?saved={Uri.EscapeDataString(outcome.Version!)}");
    }
}
