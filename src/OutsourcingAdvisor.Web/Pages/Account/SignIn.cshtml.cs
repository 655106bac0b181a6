using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OutsourcingAdvisor.Web.Security;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Account;

[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class SignInModel(SignInManager<AdvisorUser> signIn, UserManager<AdvisorUser> users, SignInGuard guard) : PageModel
{
    /// <summary>One answer for every failure, so the page never tells whether an email has an account.</summary>
    public const string Failure = "The email or password is not right, or there have been too many failed tries from here: wait 15 minutes.";

    public sealed class SignInInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>Arrived from setting a password through an invitation: say it worked.</summary>
    public bool PasswordSet { get; private set; }

    public void OnGet(bool invited = false) => PasswordSet = invited;

    /// <summary>
    /// A path on this site in plain printable ASCII. Anything else (another host, a backslash, or characters such as
    /// '。' that cannot go into a Location header and that some parsers fold into a dot) sends you to your start page.
    /// </summary>
    public bool IsSafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.All(c => c is > ' ' and < (char)127 and not '\\') && Url.IsLocalUrl(url);

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            Error = "Enter your email address and your password.";
            return Page();
        }
        var user = await guard.CheckAsync(HttpContext, Input.Email, Input.Password);
        if (user is null)
        {
            Error = Failure;
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        if (IsSafeReturnUrl(ReturnUrl)) return LocalRedirect(ReturnUrl!);
        return Redirect(await users.IsInRoleAsync(user, Roles.Admin) ? "/admin" : "/consultant");
    }
}
