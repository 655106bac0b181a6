using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.BrowserTests;

/// <summary>A consultant names two scenarios, brands them, notes one, compares them and prints it all.</summary>
[Collection(nameof(BrowserCollection))]
public sealed partial class PrintedDeliverableTests(BrowserFixture browser)
{
    private const string Password = "consultant passphrase 3";
    private const string Note = "Start with a three-month pilot before moving the whole team.";

    private async Task<IPage> ConsultantWithTwoScenariosAsync()
    {
        var email = $"printer-{Guid.NewGuid():N}@example.com";
        using (var scope = browser.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AdvisorUser>>();
            var user = new AdvisorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Morgan Reyes", Firm = "Lakeside Partners" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Consultant);
        }
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/consultant");

        await page.GotoAsync("/consultant/brand");
        var logo = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 40"><rect width="160" height="40" fill="#0b5d1e"/><text x="10" y="27" fill="#fff" font-size="20">Lakeside</text></svg>""";
        await page.GetByLabel("Logo (optional)").SetInputFilesAsync(new FilePayload { Name = "logo.svg", MimeType = "image/svg+xml", Buffer = Encoding.UTF8.GetBytes(logo) });
        await page.GetByLabel("Accent colour (optional)").FillAsync("#0b5d1e");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("img.firm-logo")).ToBeVisibleAsync();

        await page.GotoAsync("/consultant");
        await page.GetByLabel("Client name").FillAsync("Harbour Logistics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add client" }).ClickAsync();
        await page.WaitForURLAsync("**/consultant/clients/*");
        var clientUrl = page.Url;
        foreach (var budget in new[] { "3000", "20000" })
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
        }
        // Name the second scenario and add the consultant's own words to it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Name it, add your note" }).ClickAsync();
        await page.GetByLabel("Scenario name").FillAsync("Full team, $20k");
        await page.GetByLabel("Your summary (optional)").FillAsync("Go offshore, but keep quality checks at home.");
        await page.GetByLabel("Your note to the client (optional)").FillAsync(Note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Full team, $20k" })).ToBeVisibleAsync();
        await page.GotoAsync(clientUrl);
        return page;
    }

    [Fact]
    public async Task TheBrandedReportWithTheConsultantsNotePrintsItsMainPartInTwoPages()
    {
        var page = await ConsultantWithTwoScenariosAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Full team, $20k" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the report" }).ClickAsync();
        await page.WaitForURLAsync("**/reports/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Consultant's note" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".firm-brand img.firm-logo")).ToBeVisibleAsync();
        var accent = await page.Locator(".report h2").First.EvaluateAsync<string>("h => getComputedStyle(h).color");
        Assert.Equal("rgb(11, 93, 30)", accent);
        await Owner.Shot(page, "deliverable", "report-1280");
        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = Path.Combine(BrowserFixture.ArtifactsDirectory, $"deliverable-report-{format}.pdf");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = format, PrintBackground = true });
            var pages = PdfPages(pdf);
            var all = Squash(string.Join("\n", pages));
            Assert.Contains("Harbour Logistics", pages[0]);
            Assert.Contains("Lakeside Partners", pages[0]);
            Assert.Contains(Note, all);
            Assert.Contains("Consultant's note", all);
            Assert.Contains("Lakeside Partners · prepared by Morgan Reyes", Squash(pages[^1]));
            Assert.DoesNotContain("OutsourcingAdvisor report", all);
            var appendix = ReportPrintTests.AppendixPage(pages);
            Assert.True(appendix is > 0 and <= ReportPrintTests.MainPages, $"{format}: the main part takes {appendix} pages (appendix at page {appendix + 1} of {pages.Count})");
            // The consultant's note counts towards the two-minute read too.
            var words = ReportPrintTests.MainPartWords(pages, appendix);
            Assert.True(words <= ReportPrintTests.MainWords, $"{format}: the main part has {words} words");
            Assert.Contains("every point, with its source", all);
        }

        var phone = await browser.NewPageAsync(width: 360);
        await phone.Context.AddCookiesAsync((await page.Context.CookiesAsync()).Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        await phone.GotoAsync(page.Url);
        await Owner.Shot(phone, "deliverable", "report-360");
        // Chart labels keep their size: the SVG is not scaled down to fit a phone.
        var sizes = await phone.Locator("figure.chart text.chart-label").EvaluateAllAsync<double[]>(
            "ts => ts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)");
        Assert.All(sizes, s => Assert.True(s >= 14, $"a chart label renders at {s:0.#}px on a 360px screen"));
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the report is {overflow}px wider than a 360px screen");
        await phone.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheNamedComparisonPrintsWithClientConsultantAndFirmAndIsSharedReadOnly()
    {
        var page = await ConsultantWithTwoScenariosAsync();
        var boxes = page.Locator("input[name=ids]");
        for (var i = 0; i < 2; i++) await boxes.Nth(i).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare selected" }).ClickAsync();
        await page.WaitForURLAsync("**/consultant/compare*");
        await Assertions.Expect(page.Locator(".decision-compare th.scenario-heading").First).ToHaveTextAsync("Full team, $20k");
        await Assertions.Expect(page.Locator(".decision-compare th.scenario-heading").Nth(1)).ToContainTextAsync("$3,000 a month");
        await Owner.Shot(page, "deliverable", "compare-1280");
        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = Path.Combine(BrowserFixture.ArtifactsDirectory, $"deliverable-comparison-{format}.pdf");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = format, PrintBackground = true });
            var pages = PdfPages(pdf);
            Assert.Contains("Harbour Logistics", pages[0]);
            Assert.Contains("Morgan Reyes", pages[0]);
            Assert.Contains("Lakeside Partners", pages[0]);
            Assert.Contains("Full team, $20k", pages[0]);
            // No half-empty first page: the decision and the answers both start on it.
            Assert.Contains("The decision", pages[0]);
            Assert.Contains("Answers", pages[0]);
            Assert.True(pages.Count <= 2, $"{format}: the comparison of two scenarios takes {pages.Count} pages");
        }

        var shareUrl = page.Url.Replace("/consultant/compare?", "/consultant/compare/share?");
        await page.GotoAsync(shareUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a share link" }).ClickAsync();
        var link = (await page.Locator(".share-url").First.TextContentAsync())!.Trim();

        var phone = await browser.NewPageAsync(width: 360);
        await phone.GotoAsync(link);
        await Assertions.Expect(phone.Locator(".decision-compare th.scenario-heading").First).ToHaveTextAsync("Full team, $20k");
        await Assertions.Expect(phone.Locator(".firm")).ToHaveTextAsync("Lakeside Partners");
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the shared comparison is {overflow}px wider than a 360px screen");
        await Owner.Shot(phone, "deliverable", "compare-360");
        await phone.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    private static List<string> PdfPages(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return [.. text.Split('\f').Where(p => p.Trim().Length > 0)];
    }

    private static string Squash(string text) => WhiteSpace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
