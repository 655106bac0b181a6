using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Catalogue;

/// <summary>Every category, grouped by the sourcing model the documents put it under.</summary>
public sealed class IndexModel(CatalogueStore store) : PageModel
{
    public AdvisorCatalogue Catalogue { get; private set; } = null!;

    public IReadOnlyList<(string Model, IReadOnlyList<ServiceCategory> Categories)> Groups { get; private set; } = [];

    /// <summary>A catalogue source's number in the list at the foot of the page.</summary>
    public int Number(string id) => Catalogue.Sources.Select((s, i) => (s.Id, i)).FirstOrDefault(x => x.Id == id).i + 1;

    /// <summary>A country source's number in the country sources list.</summary>
    public int CountryNumber(string id) => (Catalogue.Countries?.Sources ?? []).Select((s, i) => (s.Id, i)).FirstOrDefault(x => x.Id == id).i + 1;

    public void OnGet()
    {
        Catalogue = store.Current;
        Groups = [.. CategoryModels.All.Select(m => (m, (IReadOnlyList<ServiceCategory>)Catalogue.Categories.Where(c => c.IsModel(m)).ToList()))
            .Where(g => g.Item2.Count > 0)];
    }
}
