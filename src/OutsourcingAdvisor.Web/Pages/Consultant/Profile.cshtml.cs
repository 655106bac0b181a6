using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>The name and firm printed on the reports this consultant prepares from now on.</summary>
public sealed class ProfileModel(UserManager<AdvisorUser> users) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Firm { get; set; }

    public string? Error { get; private set; }
    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved = false)
    {
        var user = (await users.GetUserAsync(User))!;
        DisplayName = user.DisplayName;
        Firm = user.Firm;
        Saved = saved;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = DisplayName?.Trim();
        var firm = string.IsNullOrWhiteSpace(Firm) ? null : Firm.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > AdvisorUser.MaxNameLength || (firm?.Length ?? 0) > AdvisorUser.MaxNameLength
            || name.Any(char.IsControl) || (firm?.Any(char.IsControl) ?? false))
        {
            Error = $"Enter your name (and firm, if any), each up to {AdvisorUser.MaxNameLength} characters.";
            return Page();
        }
        var user = (await users.GetUserAsync(User))!;
        user.DisplayName = name;
        user.Firm = firm;
        await users.UpdateAsync(user);
        return Redirect("/consultant/profile?saved=true");
    }
}
