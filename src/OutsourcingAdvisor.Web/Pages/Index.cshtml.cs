using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OutsourcingAdvisor.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
