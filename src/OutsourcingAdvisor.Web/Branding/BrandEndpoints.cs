namespace OutsourcingAdvisor.Web.Branding;

/// <summary>
/// The accent colour as a tiny style sheet. The content security policy allows no inline style, so a page that
/// carries a firm's colour links <c>/brand/accent-1d4f91.css</c>; the colour is in the address and checked again here.
/// </summary>
public static class BrandEndpoints
{
    public static string StyleSheetUrl(string accent) => $"/brand/accent-{accent.TrimStart('#')}.css";

    public static WebApplication MapBrandAssets(this WebApplication app)
    {
        app.MapGet("/brand/accent-{hex}.css", (string hex, HttpContext http) =>
        {
            if (AccentColour.Check(hex) is not { Hex: { } accent }) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text($":root {{ --accent: {accent}; }}\n", "text/css");
        });
        return app;
    }
}
