namespace OutsourcingAdvisor.Web.Pages;

public static class PageHeaders
{
    /// <summary>
    /// Cache-Control for a page that must not be kept by a browser or proxy. It is the value the antiforgery token
    /// sets on any page with a form: with plain "no-store" the token would overwrite it and log a warning each time,
    /// a second log line per request.
    /// </summary>
    public const string NoStore = "no-cache, no-store";
}
