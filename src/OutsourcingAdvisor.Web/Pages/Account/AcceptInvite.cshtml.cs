using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Account;

/// <summary>An invited consultant sets a password through the link an admin gave them (valid 7 days, once).</summary>
[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class AcceptInviteModel(UserManager<AdvisorUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public List<string> Errors { get; } = [];

    /// <summary>The link that lets a user set a password once: an invitation, or a reset (same token, same page).</summary>
    public static string LinkPath(string userId, string token, bool reset = false) =>
        $"/account/{(reset ? "reset" : "invite")}?userId={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    public async Task<IActionResult> OnGetAsync() =>
        await FindInvitedAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindInvitedAsync();
        if (user is null) return NotFound();
        if (string.IsNullOrEmpty(Password))
        {
            Errors.Add("Choose a password of at least 12 characters.");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, Token!, Password);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Code == "InvalidToken" ? "This link has expired or was already used. Ask your admin for a new one, or use Forgotten password." : e.Description));
            return Page();
        }
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        return Redirect("/account/signin?invited=true");
    }

    private async Task<AdvisorUser?> FindInvitedAsync() =>
        string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) ? null : await users.FindByIdAsync(UserId);
}
