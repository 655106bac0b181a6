using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Admin;

/// <summary>Edits a weight preset: one weight (0 to 5) per criterion, a description, and the reason.</summary>
public sealed class EditPresetModel(CatalogueStore store, CatalogueEditor editor, UserManager<AdvisorUser> users) : PageModel
{
    [BindProperty] public Dictionary<string, string> Weights { get; set; } = [];
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string Revision { get; set; } = "";

    public WeightPreset Preset { get; private set; } = null!;
    public List<string> Errors { get; } = [];
    public string? Saved { get; private set; }

    public static IReadOnlyList<ICriterion> Criteria => ScoringEngine.AllCriteria;

    public IActionResult OnGet(string name, string? saved)
    {
        if (store.Current.FindPreset(name) is not { } p) return NotFound();
        Preset = p;
        Saved = saved;
        Description = p.Description;
        Weights = Criteria.ToDictionary(c => c.Id, c => p.WeightOf(c.Id).ToString(CultureInfo.InvariantCulture));
        Revision = CatalogueEditor.RevisionOf(p);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name)
    {
        if (store.Current.FindPreset(name) is not { } p) return NotFound();
        Preset = p;
        if (string.IsNullOrWhiteSpace(Reason)) Errors.Add("Say why you are making this change.");
        if (string.IsNullOrWhiteSpace(Description) || Description.Length > CatalogueRules.MaxTextLength) Errors.Add("Describe the preset in a sentence.");
        var weights = new Dictionary<string, double>();
        foreach (var c in Criteria)
        {
            if (!Weights.TryGetValue(c.Id, out var text) || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
                Errors.Add($"weights.{c.Id}: enter a number such as 1 or 1.5.");
            else weights[c.Id] = w;
        }
        var changed = p with { Description = Description?.Trim() ?? "", Weights = weights };
        Errors.AddRange(CatalogueRules.CheckPreset(changed, ScoringEngine.CriterionIds).Select(e => $"{e.Field}: {e.Message}."));
        if (Errors.Count > 0) return Page();
        var outcome = await editor.EditPresetAsync(name, changed.Description, weights, Revision, Reason!.Trim(), (await users.GetUserAsync(User))!);
        if (!outcome.Saved)
        {
            Errors.Add(outcome.Conflict!);
            return Page();
        }
        return Redirect($"/admin/catalogue/preset/{name}?saved={Uri.EscapeDataString(outcome.Version!)}");
    }
}
