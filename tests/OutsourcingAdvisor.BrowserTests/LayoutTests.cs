using Microsoft.Playwright;

namespace OutsourcingAdvisor.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class LayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task EveryStepAndTheReportFitA360PixelPhone()
    {
        var page = await browser.NewPageAsync(width: 360);
        await Owner.PatentWork.FillInAsync(page, "phone-360");
        var report = page.Url;
        foreach (var url in new[] { "/", "/assessment", "/catalogue", "/catalogue/patent-applications", report })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a 360px screen");
        }
        await Owner.Shot(page, "phone-360", "report-again");
        await page.Context.CloseAsync();
    }
}
