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

    public IEnumerable<Source> SourcesUsed() =>
        Catalogue.Sources.Where(s => Category.Sources.Contains(s.Id)
            || (Category.Price?.Sources.Contains(s.Id) ?? false)
            || (Category.InHouseWage?.Sources.Contains(s.Id) ?? false));
}
