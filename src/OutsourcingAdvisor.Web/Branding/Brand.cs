using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Branding;

/// <summary>
/// How a consultant's firm looks on the pages they hand to clients. The logo is inlined as a data: URI (allowed by
/// the content security policy for images) so it prints, and shows on shared pages, without a second request.
/// </summary>
public sealed record Brand(string? LogoDataUri, string? Accent)
{
    public static Brand None { get; } = new(null, null);

    public bool HasLogo => LogoDataUri is not null;

    public static Brand From(FirmBrand? stored) => stored is null ? None : new(
        stored.Logo is { Length: > 0 } logo && stored.LogoContentType is { } type ? $"data:{type};base64,{Convert.ToBase64String(logo)}" : null,
        stored.AccentColour);

    public static async Task<Brand> ForOwnerAsync(AdvisorDbContext db, string? ownerId, CancellationToken ct = default) =>
        ownerId is null ? None : From(await db.FirmBrands.AsNoTracking().FirstOrDefaultAsync(b => b.OwnerId == ownerId, ct));

    /// <summary>The style sheet that sets the accent and the printed footer, or null for the app's own.</summary>
    public string? StyleSheet(string? footer) => BrandEndpoints.StyleSheetUrl(Accent, footer);
}

/// <summary>The brand with the names printed beside it, as one report or comparison carries them.</summary>
public sealed record FirmBlock(Brand Brand, string? PreparedBy, string? Firm)
{
    /// <summary>The printed page footer: the firm and who prepared it, or null for the app's own footer.</summary>
    public string? Footer => (Firm, PreparedBy) switch
    {
        ({ } firm, { } by) => $"{firm} · prepared by {by}",
        ({ } firm, null) => firm,
        (null, { } by) => $"Prepared by {by}",
        _ => null,
    };

    public string? StyleSheet => Brand.StyleSheet(Footer);
}
