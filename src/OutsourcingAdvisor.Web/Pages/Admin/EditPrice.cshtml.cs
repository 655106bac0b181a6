using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Admin;

/// <summary>Edits one category's price range with the same rules as the seed import, a reason, and a conflict check.</summary>
public sealed class EditPriceModel(CatalogueStore store, CatalogueEditor editor, UserManager<AdvisorUser> users) : PageModel
{
    public sealed class PriceInput
    {
        public bool HasPrice { get; set; } = true;
        public decimal? Min { get; set; }
        public decimal? Max { get; set; }
        public string? Unit { get; set; }
        public string? Provenance { get; set; }
        public string? Sources { get; set; }
        public string? DerivedFrom { get; set; }
        public string? PriceNote { get; set; }
        public string? Reason { get; set; }
        public string Revision { get; set; } = "";
    }

    [BindProperty]
    public PriceInput Input { get; set; } = new();

    public ServiceCategory Category { get; private set; } = null!;
    public List<string> Errors { get; } = [];
    public string? Saved { get; private set; }

    public IActionResult OnGet(string slug, string? saved)
    {
        if (store.Current.FindCategory(slug) is not { } c) return NotFound();
        Category = c;
        Saved = saved;
        var p = c.Price;
        Input = new PriceInput
        {
            HasPrice = p is not null, Min = p?.Min, Max = p?.Max, Unit = p?.Unit ?? PriceUnits.Hour, Provenance = p?.Provenance ?? Provenances.Reference,
            Sources = p is null ? "" : string.Join(", ", p.Sources), DerivedFrom = p?.DerivedFrom, PriceNote = p?.Note,
            Revision = CatalogueEditor.RevisionOf(c),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        var catalogue = store.Current;
        if (catalogue.FindCategory(slug) is not { } c) return NotFound();
        Category = c;
        if (string.IsNullOrWhiteSpace(Input.Reason)) Errors.Add("Say why you are making this change.");
        PriceRange? price = null;
        if (Input.HasPrice)
        {
            if (Input.Min is null || Input.Max is null) Errors.Add("Enter both the minimum and the maximum.");
            else
            {
                price = new PriceRange
                {
                    Min = Input.Min.Value, Max = Input.Max.Value, Unit = Input.Unit ?? "", Provenance = Input.Provenance ?? "",
                    Sources = [.. (Input.Sources ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                    DerivedFrom = string.IsNullOrWhiteSpace(Input.DerivedFrom) ? null : Input.DerivedFrom.Trim(),
                    Note = string.IsNullOrWhiteSpace(Input.PriceNote) ? null : Input.PriceNote.Trim(),
                };
                // The same rules the seed import applies.
                Errors.AddRange(CatalogueRules.CheckPrice(price, "price", id => catalogue.FindSource(id) is not null, s => catalogue.FindCategory(s) is not null)
                    .Select(e => $"{e.Field}: {e.Message}."));
            }
        }
        if (Errors.Count > 0) return Page();

        var outcome = await editor.EditPriceAsync(slug, price, Input.Revision, Input.Reason!.Trim(), (await users.GetUserAsync(User))!);
        if (!outcome.Saved)
        {
            Errors.Add(outcome.Conflict!);
            return Page();
        }
        return Redirect($"/admin/catalogue/price/{slug}?saved={Uri.EscapeDataString(outcome.Version!)}");
    }

    public static string Number(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "";
}
