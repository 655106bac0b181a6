using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Account;

/// <summary>Signing out changes the security stamp, so a copy of the old cookie stops working too.</summary>
[Authorize]
public sealed class SignOutModel(SignInManager<AdvisorUser> signIn, UserManager<AdvisorUser> users) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return Redirect("/account/signin?signedOut=true");
    }
}
