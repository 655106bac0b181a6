using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages;

public sealed class IndexModel(CatalogueStore store) : PageModel
{
    /// <summary>The source documents behind a card, by their titles (the catalogue's; an id it does not hold is left out).</summary>
    public string Sources(params string[] ids) =>
        "Sources: " + string.Join("; ", ids.Select(id => store.Current.FindSource(id)?.Title).Where(t => t is not null)) + ".";

    public void OnGet()
    {
    }
}
