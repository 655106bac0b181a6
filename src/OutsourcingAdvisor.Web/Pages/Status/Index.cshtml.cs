using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OutsourcingAdvisor.Web.Pages.Status;

/// <summary>The friendly page behind a bare status code (404, 429, ...), reached by re-execution.</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    /// <summary>HttpContext.Items key for a (heading, message) pair that explains this status better than the default.</summary>
    public const string MessageKey = "advisor.status-message";

    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    // The status is the one the original request ended with, never a value from the route or a posted form.
    public IActionResult OnGet() => Show();

    public IActionResult OnPost() => Show();

    private IActionResult Show()
    {
        // Visiting /Status/404 directly is not an error page request.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not { } reExecuted)
            return NotFound();
        var code = reExecuted.OriginalStatusCode;
        (Heading, Message) = code switch
        {
            404 => ("Page not found", "There is nothing at this address. If you followed a report link, check that it was copied in full: report links are long on purpose."),
            429 => ("Too many requests", "You have sent a lot of requests in a short time. Please wait a minute and try again."),
            405 => ("Not allowed", "That action is not available at this address."),
            400 => ("Bad request", "The request could not be understood. Please go back and try again."),
            _ => ("Something went wrong", $"The request ended with status {code}."),
        };
        if (HttpContext.Items[MessageKey] is ValueTuple<string, string> specific) (Heading, Message) = specific;
        Response.StatusCode = code;
        return Page();
    }
}
