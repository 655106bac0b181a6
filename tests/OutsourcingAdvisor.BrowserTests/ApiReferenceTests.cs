using Microsoft.Playwright;

namespace OutsourcingAdvisor.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class ApiReferenceTests(BrowserFixture browser)
{
    /// <summary>The Scalar page renders the app's own OpenAPI document without a single CSP refusal.</summary>
    [Fact]
    public async Task TheApiReferenceWorksUnderTheContentSecurityPolicy()
    {
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        var all = new List<string>();
        page.Console += (_, m) => all.Add(m.Type + ": " + m.Text);
        page.RequestFailed += (_, r) => all.Add("failed: " + r.Url);
        page.Response += (_, r) => all.Add($"{r.Status} {r.Url}");
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add(m.Text); };
        var outside = new List<string>();
        page.Request += (_, r) => { if (!r.Url.StartsWith(browser.BaseUrl, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal)) outside.Add(r.Url); };

        await page.GotoAsync("/api-reference/");
        // Rendered from /openapi/v1.json: an operation summary written in the app's endpoint metadata.
        try { await page.GetByText("A report as JSON (the API body)").First.WaitForAsync(new() { Timeout = 20_000 }); }
        catch (TimeoutException) { await Owner.Shot(page, "api-reference", "timeout"); Assert.Fail(string.Join("\n", all)); }
        await Owner.Shot(page, "api-reference", "page");

        Assert.Empty(refused);
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }
}
