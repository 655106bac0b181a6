using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.BrowserTests;

/// <summary>
/// axe-core checks every page of the app, as an owner, a consultant and an admin, against WCAG 2.0 and 2.1 level A and AA
/// (contrast included: this replaced the hand-written contrast check). Every page must have 0 violations.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    /// <summary>Runs axe on the page as it is now and fails with every violation: rule, impact, help, and where.</summary>
    /// <remarks>axe's "incomplete" (needs a person to review) results are not asserted. On these pages they are only
    /// color-contrast where axe cannot work out the background: text inside the SVG charts, and table cells clipped by a
    /// sideways-scrolling table wrapper. (The chart labels are #1b1b1b on the white page, .chart-label in site.css.)</remarks>
    private static async Task AssertAccessibleAsync(IPage page, string what, string[]? disabledRules = null)
    {
        var violations = await Axe.ViolationsAsync(page, Axe.Wcag21Aa, disabledRules ?? []);
        Assert.True(violations.Count == 0, Describe($"{what} ({page.Url})", violations));
    }

    private static string Describe(string what, IReadOnlyList<Axe.Violation> violations)
    {
        var text = new StringBuilder($"{what}: {violations.Count} axe violation(s)\n");
        foreach (var v in violations)
        {
            text.Append($"- {v.Id} [{v.Impact}] {v.Help} ({v.HelpUrl})\n");
            foreach (var node in v.Nodes.Take(10))
            {
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message);
                text.Append($"    at {node.Where}: {node.Html}\n      {string.Join("; ", checks)}\n");
            }
            if (v.Nodes.Length > 10) text.Append($"    ... and {v.Nodes.Length - 10} more\n");
        }
        return text.ToString();
    }

    /// <summary>The in-page run is what every check below relies on: it must report what is wrong on a page that has
    /// faults, and must refuse a page with frames, which it does not look into.</summary>
    [Fact]
    public async Task TheCheckReportsViolationsOnAPageThatHasThemAndRefusesFrames()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("""
            () => {
                const img = document.createElement('img');
                img.src = '/favicon.ico';
                document.querySelector('main').append(img);
                const faint = document.createElement('p');
                faint.textContent = 'Light grey words on white';
                faint.style.color = '#dddddd';
                faint.style.background = '#ffffff';
                document.querySelector('main').append(faint);
            }
            """);
        var violations = await Axe.ViolationsAsync(page, Axe.Wcag21Aa, []);
        Assert.Contains(violations, v => v.Id == "image-alt" && v.Nodes.Length == 1);
        Assert.Contains(violations, v => v.Id == "color-contrast" && v.Nodes.Any(n => n.Html.Contains("Light grey words")));
        Assert.DoesNotContain(violations, v => v.Id == "image-alt" && v.Nodes.Length != 1);

        var withoutContrast = await Axe.ViolationsAsync(page, Axe.Wcag21Aa, ["color-contrast"]);
        Assert.DoesNotContain(withoutContrast, v => v.Id == "color-contrast");
        Assert.Contains(withoutContrast, v => v.Id == "image-alt");

        await page.EvaluateAsync("() => document.querySelector('main').append(document.createElement('iframe'))");
        var refused = await Assert.ThrowsAnyAsync<PlaywrightException>(() => Axe.ViolationsAsync(page, Axe.Wcag21Aa, []));
        Assert.Contains("has frames", refused.Message);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnOwnersPagesHaveNoViolations()
    {
        var page = await browser.NewPageAsync();
        foreach (var url in new[] { "/", "/catalogue", "/catalogue/customer-support", "/assessment" })
        {
            await page.GotoAsync(url);
            await AssertAccessibleAsync(page, url);
        }
        await Owner.BusinessAsync(page);
        var work = page.Url;
        foreach (var search in new[] { "?q=data%20entry", "?q=no%20such%20work" })
        {
            await page.GotoAsync(work + search);
            await AssertAccessibleAsync(page, "the work step " + search);
        }
        // Each questionnaire step as filled in, check your answers, and the report.
        var step = 0;
        await Owner.CallCentre.FillInAsync(page, "axe-owner", p => AssertAccessibleAsync(p, $"owner page {++step}"));
        Assert.Equal(6, step);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StepsShowingValidationErrorsHaveNoViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/assessment");
        await Owner.Continue(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "business step with no answers");
        await Owner.BusinessAsync(page);
        await Owner.Continue(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "work step with no answers");

        await Owner.ChooseTask(page, "Payroll");
        await Owner.Continue(page);
        await page.GetByLabel("Monthly budget (US dollars)").FillAsync("a lot");
        await Owner.Continue(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose the skill level the work needs.");
        await AssertAccessibleAsync(page, "skills step with a missing answer and a bad budget");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EveryOwnerPageHasNoViolationsOnA360PixelPhone()
    {
        var page = await browser.NewPageAsync(width: 360);
        await page.GotoAsync("/");
        await AssertAccessibleAsync(page, "home at 360px");
        var step = 0;
        await Owner.WebsiteRedesign.FillInAsync(page, "axe-phone-360", p => AssertAccessibleAsync(p, $"owner page {++step} at 360px"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ErrorAndAccountPagesHaveNoViolations()
    {
        var page = await browser.NewPageAsync();
        foreach (var (url, status) in new[] { ("/no-such-page", 404), ("/reports/AAAAAAAAAAAAAAAAAAAAAA", 404), ("/Error", 200), ("/account/signin", 200), ("/account/forgot", 200) })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(status, response!.Status);
            await AssertAccessibleAsync(page, url);
        }
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("Email address").FillAsync("nobody@example.com");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "sign-in refused");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task AConsultantsPagesHaveNoViolations(int width)
    {
        var email = await Accounts.CreateAsync(browser, Roles.Consultant);
        var page = await browser.NewPageAsync(width);
        await Accounts.SignInAsync(page, email, "**/consultant");
        await AssertAccessibleAsync(page, "clients list, empty");

        await page.GetByLabel("Client name").FillAsync("Harbour Logistics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add client" }).ClickAsync();
        await page.WaitForURLAsync("**/consultant/clients/*");
        var clientUrl = page.Url;
        await AssertAccessibleAsync(page, "client detail, no assessments");

        var reports = new List<string>();
        foreach (var budget in new[] { "3000", "9000" })
        {
            await page.GotoAsync(clientUrl);
            await page.GetByRole(AriaRole.Button, new() { Name = "Start an assessment for Harbour Logistics" }).ClickAsync();
            await Owner.BusinessAsync(page);
            await Owner.ChooseTask(page, "Customer support");
            await Owner.Continue(page);
            await page.GetByRole(AriaRole.Group, new() { Name = "What skill level does the work need?" }).GetByLabel("Basic", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Monthly budget (US dollars)").FillAsync(budget);
            await Owner.Continue(page);
            await page.GetByRole(AriaRole.Group, new() { Name = "Where would you like the work done from?" }).GetByLabel("No preference", new() { Exact = true }).CheckAsync();
            await Owner.Continue(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "See my recommendation" }).ClickAsync();
            await page.WaitForURLAsync("**/reports/*");
            reports.Add(page.Url);
        }
        await AssertAccessibleAsync(page, "a consultant's report");
        await page.GetByRole(AriaRole.Button, new() { Name = "Duplicate as a new scenario" }).ClickAsync();
        await page.WaitForURLAsync("**/assessment/*/check");
        await AssertAccessibleAsync(page, "a duplicated scenario, at check your answers");

        await page.GotoAsync("/consultant");
        await AssertAccessibleAsync(page, "clients list");
        await page.GotoAsync(clientUrl);
        await AssertAccessibleAsync(page, "client detail with assessments");
        await page.Locator("input[name=ids]").Nth(0).CheckAsync();
        await page.Locator("input[name=ids]").Nth(1).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare selected" }).ClickAsync();
        await page.WaitForURLAsync("**/consultant/compare*");
        await AssertAccessibleAsync(page, "scenario compare");
        await page.GotoAsync("/consultant/profile");
        await AssertAccessibleAsync(page, "profile");

        // Share: an empty list, a bad number of days, then three links: one kept, one revoked, one made to expire.
        var id = reports[0].Split('/').Last();
        await page.GotoAsync($"/consultant/assessments/{id}/share");
        await AssertAccessibleAsync(page, "share page, no links");
        await page.GetByLabel("The link works for this many days").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a share link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "share page with an error");
        for (var i = 0; i < 3; i++)
        {
            await page.GetByLabel("The link works for this many days").FillAsync("30");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create a share link" }).ClickAsync();
            await Assertions.Expect(page.Locator("code.share-url")).ToHaveCountAsync(i + 1);
        }
        var links = await page.Locator("code.share-url").AllInnerTextsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revoke" })).ToHaveCountAsync(2);
        var revoked = links[0];
        var expired = links[1].Split('/').Last();
        using (var scope = browser.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AdvisorDbContext>();
            var past = DateTime.UtcNow.AddDays(-1);
            Assert.Equal(1, await db.ShareLinks.Where(l => l.Token == expired).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtUtc, past)));
        }
        await page.ReloadAsync();
        await AssertAccessibleAsync(page, "share page with active, revoked and expired links");

        // What the client sees, signed out.
        var reader = await browser.NewPageAsync(width);
        Assert.Equal(200, (await reader.GotoAsync(links[2]))!.Status);
        await AssertAccessibleAsync(reader, "shared report");
        Assert.Equal(410, (await reader.GotoAsync(revoked))!.Status);
        await AssertAccessibleAsync(reader, "revoked share link (410)");
        Assert.Equal(410, (await reader.GotoAsync(links[1]))!.Status);
        await AssertAccessibleAsync(reader, "expired share link (410)");
        await reader.Context.CloseAsync();

        await page.GotoAsync("/account/signout");
        await AssertAccessibleAsync(page, "sign out");
        await page.Context.CloseAsync();
    }

    /// <summary>Issue 13's pages: the firm's brand, a client's edit and archive, a named scenario with its note, its delete
    /// page, archived lists, the branded report, "my work is not listed", and a comparison's share links and shared page.</summary>
    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task AConsultantsDeliverablePagesHaveNoViolations(int width)
    {
        var email = await Accounts.CreateAsync(browser, Roles.Consultant);
        var page = await browser.NewPageAsync(width);
        await Accounts.SignInAsync(page, email, "**/consultant");

        await page.GotoAsync("/consultant/brand");
        await AssertAccessibleAsync(page, "brand, nothing set");
        await page.GetByLabel("Accent colour (optional)").FillAsync("#ffff00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "brand with a low-contrast accent refused");
        var logo = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#0b5d1e"/><text x="10" y="27" fill="#fff" font-size="20">Lakeside</text></svg>""";
        await page.GetByLabel("Logo (optional)").SetInputFilesAsync(new FilePayload { Name = "logo.svg", MimeType = "image/svg+xml", Buffer = Encoding.UTF8.GetBytes(logo) });
        await page.GetByLabel("Accent colour (optional)").FillAsync("#0b5d1e");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("img.firm-logo")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "brand with a logo and an accent");

        await page.GotoAsync("/consultant");
        await page.GetByLabel("Client name").FillAsync("Harbour Logistics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add client" }).ClickAsync();
        await page.WaitForURLAsync("**/consultant/clients/*");
        var clientUrl = page.Url;
        var ids = new List<string>();
        foreach (var task in new[] { "Customer support", "My work is not listed" })
        {
            await page.GotoAsync(clientUrl);
            await page.GetByRole(AriaRole.Button, new() { Name = "Start an assessment for Harbour Logistics" }).ClickAsync();
            await Owner.BusinessAsync(page);
            await Owner.ChooseTask(page, task);
            await Owner.Continue(page);
            await page.GetByRole(AriaRole.Group, new() { Name = "What skill level does the work need?" }).GetByLabel("Basic", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Monthly budget (US dollars)").FillAsync("20000");
            await Owner.Continue(page);
            await page.GetByRole(AriaRole.Group, new() { Name = "Where would you like the work done from?" }).GetByLabel("No preference", new() { Exact = true }).CheckAsync();
            await Owner.Continue(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "See my recommendation" }).ClickAsync();
            await page.WaitForURLAsync("**/reports/*");
            ids.Add(page.Url.Split('/').Last());
        }
        await Assertions.Expect(page.Locator(".leaned-on")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "a report for work that is not listed");

        // A scenario: a name that is too long is refused, then a name, a summary and a note are saved.
        await page.GotoAsync($"/consultant/scenarios/{ids[0]}");
        await AssertAccessibleAsync(page, "scenario, unnamed");
        await page.GetByLabel("Scenario name").FillAsync(new string('x', 121));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "scenario with a name too long");
        await page.GetByLabel("Scenario name").FillAsync("Plan A: offshore team");
        await page.GetByLabel("Your summary (optional)").FillAsync("Go offshore, keep the quality checks at home.");
        await page.GetByLabel("Your note to the client (optional)").FillAsync("Start with a three-month pilot.\n\nThen move the whole team.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Plan A: offshore team" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "scenario, named with a note");
        await page.GotoAsync($"/reports/{ids[0]}");
        await Assertions.Expect(page.Locator(".consultant-note")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("img.firm-logo")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "a branded report with the consultant's note");
        await page.GotoAsync($"/consultant/scenarios/{ids[1]}/delete");
        await AssertAccessibleAsync(page, "delete a scenario, asked first");

        // A comparison's share links: none, a refused expiry, two links, one revoked; then what the client sees.
        await page.GotoAsync($"/consultant/compare/share?ids={ids[0]}&ids={ids[1]}");
        await AssertAccessibleAsync(page, "comparison share page, no links");
        await page.GetByLabel("The link works for this many days").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a share link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "comparison share page with an error");
        for (var i = 0; i < 2; i++)
        {
            await page.GetByLabel("The link works for this many days").FillAsync("30");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create a share link" }).ClickAsync();
            await Assertions.Expect(page.Locator("code.share-url")).ToHaveCountAsync(i + 1);
        }
        var links = await page.Locator("code.share-url").AllInnerTextsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revoke" })).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page, "comparison share page with active and revoked links");
        var reader = await browser.NewPageAsync(width);
        Assert.Equal(200, (await reader.GotoAsync(links[1]))!.Status);
        await Assertions.Expect(reader.Locator(".decision-compare")).ToBeVisibleAsync();
        await AssertAccessibleAsync(reader, "shared comparison");
        Assert.Equal(410, (await reader.GotoAsync(links[0]))!.Status);
        await AssertAccessibleAsync(reader, "revoked comparison link (410)");
        await reader.Context.CloseAsync();

        // Archived: the scenario, then the client, each listed apart.
        await page.GotoAsync($"/consultant/scenarios/{ids[0]}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive this scenario" }).ClickAsync();
        await page.GotoAsync(clientUrl + "?archived=true");
        await Assertions.Expect(page.Locator(".scenario-name")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page, "archived scenarios");
        await page.GotoAsync(clientUrl + "/edit");
        await AssertAccessibleAsync(page, "edit a client");
        await page.GetByLabel("Client name").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "edit a client with no name");
        await page.GotoAsync(clientUrl + "/edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive Harbour Logistics" }).ClickAsync();
        await page.GotoAsync("/consultant?archived=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Harbour Logistics", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "archived clients");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task AnAdminsPagesAndTheInvitationHaveNoViolations(int width)
    {
        var email = await Accounts.CreateAsync(browser, Roles.Admin, "Ada Admin");
        var page = await browser.NewPageAsync(width);
        await Accounts.SignInAsync(page, email, "**/admin");
        await AssertAccessibleAsync(page, "admin users");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "admin invite with an error");

        await page.GetByLabel("Email address").FillAsync($"new-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Nia New");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
        var invite = await page.GetByLabel("Invitation link").InputValueAsync();
        await AssertAccessibleAsync(page, "admin invite created");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Password reset link for {email}" }).ClickAsync();
        var reset = await page.GetByLabel("Password reset link").InputValueAsync();
        await AssertAccessibleAsync(page, "admin reset link created");

        await page.GotoAsync("/admin/catalogue");
        await AssertAccessibleAsync(page, "admin catalogue");
        foreach (var link in new[] { "/admin/catalogue/location/", "/admin/catalogue/preset/", "/admin/catalogue/price/" })
        {
            await page.GotoAsync("/admin/catalogue");
            await page.Locator($"a[href^='{link}']").First.ClickAsync();
            await page.WaitForURLAsync($"**{link}*");
            await AssertAccessibleAsync(page, $"admin edit {link}");
            // Saving without saying why is refused, and nothing is saved.
            await page.GetByRole(AriaRole.Button, new() { Name = "Save as a new catalogue version" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Say why");
            await AssertAccessibleAsync(page, $"admin edit {link} with an error");
        }
        // The price range, saved unchanged (no figure moves, so other tests' recommendations stay), fills the audit trail.
        await page.GetByLabel("Why you are changing it (kept in the audit trail)").FillAsync("Accessibility check: saved unchanged");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a new catalogue version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as catalogue version");
        await AssertAccessibleAsync(page, "admin edit saved");
        await page.GotoAsync("/admin/audit");
        await Assertions.Expect(page.Locator("table.audit-table")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "admin audit trail");

        var invited = await browser.NewPageAsync(width);
        await invited.GotoAsync(invite);
        await AssertAccessibleAsync(invited, "accept invitation");
        await invited.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Assertions.Expect(invited.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(invited, "accept invitation without a password");
        await invited.GetByLabel("New password").FillAsync(Accounts.Password);
        await invited.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await invited.WaitForURLAsync("**/account/signin*");
        await Assertions.Expect(invited.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await AssertAccessibleAsync(invited, "sign-in after the invitation, password set");
        await invited.GotoAsync(reset);
        await AssertAccessibleAsync(invited, "password reset");
        await invited.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheApiReferencePageHasNoViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/api-reference/");
        await page.GetByText("A report as JSON (the API body)").First.WaitForAsync(new() { Timeout = 20_000 });
        // The page is Scalar's (Scalar.AspNetCore), not the app's markup: its HTML shell has no lang attribute and its own
        // grey-on-white labels (search placeholder, client-library tabs) fall short of 4.5:1. The app cannot change either,
        // so those two rules are left out here only; every other WCAG A/AA rule still runs on the whole page.
        await AssertAccessibleAsync(page, "API reference", disabledRules: ["html-has-lang", "color-contrast"]);
        await page.Context.CloseAsync();
    }
}
