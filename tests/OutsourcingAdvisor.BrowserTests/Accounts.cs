using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.BrowserTests;

/// <summary>Accounts made straight in the app's Identity store (there is no self-registration), and signing in through the page.</summary>
public static class Accounts
{
    public const string Password = "consultant passphrase 1";

    public static async Task<string> CreateAsync(BrowserFixture browser, string role, string name = "Dana Consultant")
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.com";
        using var scope = browser.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AdvisorUser>>();
        var user = new AdvisorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Firm = "Northwind Advisory" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    /// <summary>Signs in on /account/signin and waits for the page the role lands on.</summary>
    public static async Task SignInAsync(IPage page, string email, string landing)
    {
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(landing);
    }
}
