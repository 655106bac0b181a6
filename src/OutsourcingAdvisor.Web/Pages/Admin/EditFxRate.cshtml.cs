using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Admin;

/// <summary>Edits one reference exchange rate: a positive rate, its date and a known source, a reason, and the same conflict check as prices.</summary>
public sealed class EditFxRateModel(CatalogueStore store, CatalogueEditor editor, UserManager<AdvisorUser> users) : PageModel
{
    public sealed class RateInput
    {
        public string? Rate { get; set; }
        public string? Date { get; set; }
        public string? Source { get; set; }
        public string? Reason { get; set; }
        public string Revision { get; set; } = "";
    }

    [BindProperty]
    public RateInput Input { get; set; } = new();

    public FxEntry Entry { get; private set; } = null!;
    public List<string> Errors { get; } = [];
    public string? Saved { get; private set; }

    private FxEntry? Find(string currency) =>
        store.Current.Countries?.Fx.Rates.ContainsKey(currency) == true ? FxEntry.Of(store.Current.Document, currency) : null;

    public IActionResult OnGet(string currency, string? saved)
    {
        if (Find(currency) is not { } entry) return NotFound();
        Entry = entry;
        Saved = saved;
        Input = new RateInput
        {
            Rate = entry.PerBase.ToString(CultureInfo.InvariantCulture), Date = entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Source = entry.Source, Revision = CatalogueEditor.RevisionOf(entry),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string currency)
    {
        if (Find(currency) is not { } entry) return NotFound();
        Entry = entry;
        var catalogue = store.Current;
        if (string.IsNullOrWhiteSpace(Input.Reason)) Errors.Add("Say why you are making this change.");
        if (!decimal.TryParse(Input.Rate, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
            Errors.Add($"Enter the rate as a number above 0: units of {currency} per 1 {entry.Base}.");
        else if (currency == entry.Base && rate != 1)
            Errors.Add($"The base currency {entry.Base} stays at 1.");
        if (!DateOnly.TryParseExact(Input.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            Errors.Add("Enter the date the rate is for as yyyy-mm-dd.");
        var source = Input.Source?.Trim() ?? "";
        // The same rule as every other figure: it names a source the catalogue knows.
        if (catalogue.FindSource(source) is null && catalogue.Countries!.Sources.All(s => s.Id != source))
            Errors.Add($"'{source}' is not a known source id.");
        if (Errors.Count > 0) return Page();

        var outcome = await editor.EditFxRateAsync(currency, rate, date, source, Input.Revision, Input.Reason!.Trim(), (await users.GetUserAsync(User))!);
        if (!outcome.Saved)
        {
            Errors.Add(outcome.Conflict!);
            return Page();
        }
        return Redirect($"/admin/catalogue/fx/{currency}?saved={Uri.EscapeDataString(outcome.Version!)}");
    }
}
