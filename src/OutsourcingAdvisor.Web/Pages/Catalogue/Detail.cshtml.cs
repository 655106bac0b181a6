using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Catalogue;

public sealed class DetailModel(CatalogueStore store) : PageModel
{
    public AdvisorCatalogue Catalogue { get; private set; } = null!;
    public ServiceCategory Category { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        Catalogue = store.Current;
        if (Catalogue.FindCategory(slug) is not { } category) return NotFound();
        Category = category;
        return Page();
    }

    public IReadOnlyList<Source> SourcesUsed() =>
        [.. Catalogue.Sources.Where(s => Category.Sources.Contains(s.Id)
            || (Category.Price?.Sources.Contains(s.Id) ?? false)
            || (Category.InHouseWage?.Sources.Contains(s.Id) ?? false))];

    /// <summary>
    /// A note of the catalogue as a reader sees it: a source id in it ("doc-001 names payroll") becomes that source's
    /// title, so no page shows an id.
    /// </summary>
    public string Readable(string note) =>
        System.Text.RegularExpressions.Regex.Replace(note, @"\b(doc|ref)-[a-z0-9]+(-[a-z0-9]+)*\b",
            m => Catalogue.FindSource(m.Value) is { } s ? $"“{s.Title}”" : "a source");

    /// <summary>A source's number in the list at the foot of the page.</summary>
    public int Number(string id) => SourcesUsed().Select((s, i) => (s.Id, i)).FirstOrDefault(x => x.Id == id).i + 1;
}
