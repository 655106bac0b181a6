using System.Text;

namespace OutsourcingAdvisor.Web.Branding;

/// <summary>
/// A firm's accent colour and print footer as a tiny style sheet. The content security policy allows no inline
/// style, and a printed page's footer can only come from CSS, so a branded page links
/// <c>/brand/style.css?accent=1d4f91&amp;footer=…</c>: the values travel in the address and are checked (the colour)
/// or escaped character by character (the footer text) here, so nothing typed can break out of the CSS string.
/// </summary>
public static class BrandEndpoints
{
    public const int MaxFooterLength = 300;

    public static string? StyleSheetUrl(string? accent, string? footer)
    {
        if (accent is null && string.IsNullOrWhiteSpace(footer)) return null;
        var query = new List<string>();
        if (accent is not null) query.Add("accent=" + accent.TrimStart('#'));
        if (!string.IsNullOrWhiteSpace(footer)) query.Add("footer=" + Uri.EscapeDataString(footer));
        return "/brand/style.css?" + string.Join("&", query);
    }

    public static WebApplication MapBrandAssets(this WebApplication app)
    {
        app.MapGet("/brand/style.css", (string? accent, string? footer, HttpContext http) =>
        {
            var css = new StringBuilder(":root {");
            if (accent is not null)
            {
                if (AccentColour.Check(accent) is not { Hex: { } hex }) return Results.NotFound();
                css.Append(" --accent: ").Append(hex).Append(';');
            }
            if (!string.IsNullOrWhiteSpace(footer))
            {
                if (footer.Length > MaxFooterLength || footer.Any(char.IsControl)) return Results.NotFound();
                css.Append(" --page-footer: ").Append(CssString(footer)).Append(';');
            }
            css.Append(" }\n");
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(css.ToString(), "text/css");
        });
        return app;
    }

    /// <summary>A CSS string literal in which every character but letters, digits and spaces is a hex escape.</summary>
    public static string CssString(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == ' ')) sb.Append((char)rune.Value);
            else sb.Append('\\').Append(rune.Value.ToString("x")).Append(' ');
        }
        return sb.Append('"').ToString();
    }
}
