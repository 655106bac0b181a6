using System.Diagnostics;
using Microsoft.Playwright;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class ConsultantTests(BrowserFixture browser)
{
    [Fact]
    public async Task AConsultantComparesThreeScenariosAndPrintsTheComparison()
    {
        var email = await Accounts.CreateAsync(browser, Roles.Consultant);
        var page = await browser.NewPageAsync();
        await Accounts.SignInAsync(page, email, "**/consultant");

        await page.GetByLabel("Client name").FillAsync("Harbour Logistics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add client" }).ClickAsync();
        await page.WaitForURLAsync("**/consultant/clients/*");
        var clientUrl = page.Url;

        foreach (var (budget, skill) in new[] { ("3000", "Basic"), ("9000", "Intermediate"), ("20000", "Expert") })
        {
            await page.GotoAsync(clientUrl);
            await page.GetByRole(AriaRole.Button, new() { Name = "Start an assessment for Harbour Logistics" }).ClickAsync();
            await Owner.BusinessAsync(page, "United Kingdom", null);
            await Owner.ChooseTask(page, "Customer support");
            await Owner.Continue(page);
            await page.GetByRole(AriaRole.Group, new() { Name = "What skill level does the work need?" }).GetByLabel(skill, new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Monthly budget (pounds sterling)").FillAsync(budget);
            await Owner.Continue(page);
            await page.GetByRole(AriaRole.Group, new() { Name = "Where would you like the work done from?" }).GetByLabel("No preference", new() { Exact = true }).CheckAsync();
            await Owner.Continue(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "See my recommendation" }).ClickAsync();
            await page.WaitForURLAsync("**/reports/*");
            await Assertions.Expect(page.Locator(".prepared-by")).ToHaveTextAsync("Dana Consultant");
        }

        await page.GotoAsync(clientUrl);
        var boxes = page.Locator("input[name=ids]");
        await Assertions.Expect(boxes).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++) await boxes.Nth(i).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare selected" }).ClickAsync();
        await page.WaitForURLAsync("**/consultant/compare*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Scenarios for Harbour Logistics" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".answers-compare th", new() { HasText = "Monthly budget (differs)" })).ToHaveCountAsync(1);
        await Owner.Shot(page, "consultant", "compare-1280");

        var pdf = Path.Combine(BrowserFixture.ArtifactsDirectory, "comparison-A4.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
        var text = PdfText(pdf);
        Assert.Contains("Scenarios for Harbour Logistics", text);
        Assert.Contains("Harbour Logistics", text);
        Assert.Contains("£20,000 a month", text);
        // The narrower scenario columns can wrap the row label, putting "(differs)" on the next line of the layout.
        Assert.Matches(@"Monthly budget[^\n]*\n?[^\n]*\(differs\)", text);
        Assert.Contains("£20,000", text);
        Assert.DoesNotContain("Compare selected", text);
        Assert.DoesNotContain("Sign out", text);
        await page.Context.CloseAsync();
    }

    private static string PdfText(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
