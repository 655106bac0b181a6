using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Account;

/// <summary>
/// Asks for a reset link by email (when SMTP is configured). The answer is the same whether or not the email has an
/// account, and sending is queued, so neither the words nor the time tell.
/// </summary>
[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class ForgotModel(UserManager<AdvisorUser> users, IServiceProvider services, Microsoft.Extensions.Options.IOptions<EmailSettings> email) : PageModel
{
    public bool EmailEnabled => email.Value.Enabled;
    public bool Sent { get; private set; }

    [BindProperty]
    public string? Email { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!EmailEnabled || string.IsNullOrWhiteSpace(Email)) return Page();
        Email = Email.Trim();
        Sent = true;
        if (await users.FindByEmailAsync(Email) is { PasswordHash: not null } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = Security.PublicUrls.Absolute(HttpContext, AcceptInviteModel.LinkPath(user.Id, token, reset: true));
            await services.GetRequiredService<IEmailSender<AdvisorUser>>().SendPasswordResetLinkAsync(user, user.Email!, link);
        }
        return Page();
    }
}
