using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Branding;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>The firm's logo and accent colour on this consultant's reports, comparisons and shared pages.</summary>
// The form may carry a file well over the logo limit: read it, then refuse it in words rather than with a bare 413.
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
[RequestSizeLimit(UploadLimit)]
public sealed class BrandModel(AdvisorDbContext db, TimeProvider clock) : PageModel
{
    public const int UploadLimit = 10 * 1024 * 1024;

    public Brand Current { get; private set; } = Brand.None;
    public bool Saved { get; private set; }

    [BindProperty] public IFormFile? Logo { get; set; }
    [BindProperty] public string? Accent { get; set; }

    public async Task OnGetAsync(bool saved = false)
    {
        var stored = await LoadAsync();
        Accent = stored?.AccentColour;
        Saved = saved;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var stored = await LoadAsync();
        byte[]? logo = null;
        string? type = null;
        if (Logo is { Length: > 0 })
        {
            if (Logo.Length > FirmBrand.MaxLogoBytes)
                ModelState.AddModelError(nameof(Logo), $"The logo is {Logo.Length / 1024.0:N0} KB; it can be at most {FirmBrand.MaxLogoBytes / 1024} KB.");
            else
            {
                using var buffer = new MemoryStream();
                await Logo.CopyToAsync(buffer, HttpContext.RequestAborted);
                logo = buffer.ToArray();
                (type, var error) = LogoCheck.Check(logo);
                if (error is not null) ModelState.AddModelError(nameof(Logo), error);
            }
        }
        string? accent = null;
        if (!string.IsNullOrWhiteSpace(Accent))
        {
            (accent, var error) = AccentColour.Check(Accent);
            if (error is not null) ModelState.AddModelError(nameof(Accent), error);
        }
        if (!ModelState.IsValid) return Page();

        if (stored is null)
        {
            stored = new FirmBrand { OwnerId = User.UserId()! };
            db.FirmBrands.Add(stored);
        }
        if (logo is not null)
        {
            stored.Logo = logo;
            stored.LogoContentType = type;
        }
        stored.AccentColour = accent;
        stored.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return Redirect("/consultant/brand?saved=true");
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync()
    {
        if (await LoadAsync() is { } stored)
        {
            stored.Logo = null;
            stored.LogoContentType = null;
            stored.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }
        return Redirect("/consultant/brand?saved=true");
    }

    private async Task<FirmBrand?> LoadAsync()
    {
        var me = User.UserId()!;
        var stored = await db.FirmBrands.FirstOrDefaultAsync(b => b.OwnerId == me);
        Current = Brand.From(stored);
        return stored;
    }
}
