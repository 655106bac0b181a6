using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Account;

[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class SignInModel(SignInManager<AdvisorUser> signIn, UserManager<AdvisorUser> users, IPasswordHasher<AdvisorUser> hasher) : PageModel
{
    /// <summary>One answer for every failure, so the page never tells whether an email has an account.</summary>
    public const string Failure = "The email or password is not right, or the account is locked for 15 minutes after 5 failed tries.";

    // Hashing a password for an unknown email too keeps both failures equally slow.
    private static readonly AdvisorUser Nobody = new() { UserName = "nobody" };
    private static string? _nobodyHash;

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

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            Error = "Enter your email address and your password.";
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            _nobodyHash ??= hasher.HashPassword(Nobody, "not a real password");
            hasher.VerifyHashedPassword(Nobody, _nobodyHash, Input.Password);
            Error = Failure;
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            Error = Failure;
            return Page();
        }
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl)) return LocalRedirect(ReturnUrl);
        return Redirect(await users.IsInRoleAsync(user, Roles.Admin) ? "/admin" : "/consultant");
    }
}
