using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Admin;

/// <summary>The editable parts of the current catalogue: price ranges, location factors, weight presets.</summary>
public sealed class CatalogueModel(CatalogueStore store) : PageModel
{
    public AdvisorCatalogue Catalogue { get; private set; } = null!;

    public void OnGet() => Catalogue = store.Current;
}
