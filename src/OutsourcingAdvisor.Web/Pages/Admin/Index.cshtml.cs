using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Admin;

/// <summary>Users: who has an account, in which role, and invitations for new consultants (no self-registration).</summary>
public sealed class IndexModel(UserManager<AdvisorUser> users, AdvisorDbContext db, OutsourcingAdvisor.Web.Security.SignInGuard guard, IServiceProvider services, TimeProvider clock) : PageModel
{
    public sealed record UserRow(string Id, string Email, string Name, string Roles, bool LockedOut, bool Invited);

    public IReadOnlyList<UserRow> Users { get; private set; } = [];
    public string? InviteLink { get; private set; }
    /// <summary>Set when the link went out by email (Email:Host configured) instead of being shown to copy.</summary>
    public string? EmailedTo { get; private set; }
    public string? ResetLink { get; private set; }
    public string? ResetFor { get; private set; }
    public string? InvitedEmail { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Role { get; set; } = Roles.Consultant;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostInviteAsync()
    {
        var email = Email?.Trim();
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@') || email.Length > 200)
            Error = "Enter the consultant's email address.";
        else if (string.IsNullOrEmpty(name) || name.Length > AdvisorUser.MaxNameLength || name.Any(char.IsControl))
            Error = $"Enter the consultant's name, up to {AdvisorUser.MaxNameLength} characters.";
        else if (Role is not (Roles.Consultant or Roles.Admin))
            Error = "Choose the role: consultant or admin.";
        else if (await users.FindByEmailAsync(email) is not null)
            Error = "There is already an account with this email address.";
        if (Error is not null)
        {
            await LoadAsync();
            return Page();
        }
        var user = new AdvisorUser { UserName = email, Email = email, DisplayName = name! };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            Error = string.Join(" ", created.Errors.Select(e => e.Description));
            await LoadAsync();
            return Page();
        }
        await users.AddToRoleAsync(user, Role!);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Security.PublicUrls.Absolute(HttpContext, Account.AcceptInviteModel.LinkPath(user.Id, token));
        if (services.GetService<IEmailSender<AdvisorUser>>() is { } sender)
        {
            await sender.SendConfirmationLinkAsync(user, email!, link);
            EmailedTo = email;
        }
        else
        {
            InviteLink = link;
            InvitedEmail = email;
        }
        // The link is shown (or sent) once, on this answer; the form is emptied for the next invitation.
        ModelState.Clear();
        Email = null;
        Name = null;
        Role = Roles.Consultant;
        await LoadAsync();
        return Page();
    }

    /// <summary>A one-time link to choose a new password, for a user who forgot theirs: emailed, or shown to copy.</summary>
    public async Task<IActionResult> OnPostResetAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is not { PasswordHash: not null } user) return NotFound();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Security.PublicUrls.Absolute(HttpContext, Account.AcceptInviteModel.LinkPath(user.Id, token, reset: true));
        if (services.GetService<IEmailSender<AdvisorUser>>() is { } sender)
        {
            await sender.SendPasswordResetLinkAsync(user, user.Email!, link);
            EmailedTo = user.Email;
        }
        else
        {
            ResetLink = link;
            ResetFor = user.Email;
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>Lifts a lockout early, e.g. after the consultant has confirmed who they are by phone.</summary>
    public async Task<IActionResult> OnPostUnlockAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await guard.ClearAsync(user.Email ?? "", HttpContext.RequestAborted);
        return Redirect("/admin");
    }

    private async Task LoadAsync()
    {
        var all = await users.Users.AsNoTracking().OrderByText(db, u => u.Email).ThenBy(u => u.Id).ToListAsync();
        var throttled = await guard.ThrottledAccountKeysAsync(HttpContext.RequestAborted);
        var rows = new List<UserRow>();
        foreach (var u in all)
            rows.Add(new UserRow(u.Id, u.Email ?? "", u.DisplayName, string.Join(", ", (await users.GetRolesAsync(u)).Select(r => r switch { Roles.Admin => "Admin", Roles.Consultant => "Consultant", _ => r })),
                u.LockoutEnd > clock.GetUtcNow() || throttled.Contains(OutsourcingAdvisor.Web.Security.ClientKeys.Account(u.Email ?? "")), u.PasswordHash is null));
        Users = rows;
    }
}
