using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Catalogue;

/// <summary>Every category, grouped by the sourcing model the documents put it under.</summary>
public sealed class IndexModel(CatalogueStore store) : PageModel
{
    public AdvisorCatalogue Catalogue { get; private set; } = null!;

    public IReadOnlyList<(string Model, IReadOnlyList<ServiceCategory> Categories)> Groups { get; private set; } = [];

    public void OnGet()
    {
        Catalogue = store.Current;
        Groups = [.. CategoryModels.All.Select(m => (m, (IReadOnlyList<ServiceCategory>)Catalogue.Categories.Where(c => c.IsModel(m)).ToList()))
            .Where(g => g.Item2.Count > 0)];
    }
}
