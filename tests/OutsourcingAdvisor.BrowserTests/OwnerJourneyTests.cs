using Microsoft.Playwright;

namespace OutsourcingAdvisor.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class OwnerJourneyTests(BrowserFixture browser)
{
    public static TheoryData<string, string, bool> Owners => new()
    {
        { "call-centre", "business process outsourcing (BPO)", true },
        { "patent-work", "knowledge process outsourcing (KPO), as legal process outsourcing (LPO)", true },
        { "website-redesign", "a one-off project with an outside provider", true },
        { "call-centre", "business process outsourcing (BPO)", false },
        { "patent-work", "knowledge process outsourcing (KPO), as legal process outsourcing (LPO)", false },
        { "website-redesign", "a one-off project with an outside provider", false },
    };

    private static Owner Find(string name) =>
        new[] { Owner.CallCentre, Owner.PatentWork, Owner.WebsiteRedesign }.Single(o => o.Name == name);

    [Theory]
    [MemberData(nameof(Owners))]
    public async Task AnOwnerFillsInTheQuestionnaireAndSeesTheExpectedRecommendation(string owner, string expected, bool javaScript)
    {
        var page = await browser.NewPageAsync(javaScript: javaScript);
        await Find(owner).FillInAsync(page, $"{owner}-{(javaScript ? "js" : "nojs")}");

        var headline = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        Assert.Contains(expected, headline);
        Assert.Equal(2, await page.Locator("figure.chart svg").CountAsync());
        Assert.Equal(javaScript, await page.GetByRole(AriaRole.Button, new() { Name = "Print this report" }).IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AValidationErrorIsShownFocusedAndThenFixed()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/assessment");
        await Owner.BusinessAsync(page);
        await Owner.ChooseTask(page, "Payroll");
        await Owner.Continue(page);

        await page.GetByLabel("Monthly budget (US dollars)").FillAsync("a lot");
        await Owner.Continue(page);

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Choose the skill level the work needs.");
        await Assertions.Expect(summary).ToContainTextAsync("Enter your monthly budget as a number");
        await Assertions.Expect(page.GetByLabel("Monthly budget (US dollars)")).ToHaveValueAsync("a lot");
        await Owner.Shot(page, "validation", "error");

        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter your monthly budget as a number, for example 3000." }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Monthly budget (US dollars)")).ToBeFocusedAsync();
        await page.GetByLabel("Monthly budget (US dollars)").FillAsync("2500");
        await page.GetByRole(AriaRole.Group, new() { Name = "What skill level does the work need?" }).GetByLabel("Intermediate", new() { Exact = true }).CheckAsync();
        await Owner.Continue(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Location and constraints" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheQuestionnaireCanBeCompletedWithTheKeyboardAlone()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/assessment");
        await Owner.BusinessAsync(page);
        await page.GotoAsync(page.Url + "?q=data%20entry");
        // Tab from the search box past its button and the "Show all" link to the first task radio.
        await page.GetByLabel("Search the kinds of work").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByLabel("Data entry", new() { Exact = true })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Skills and budget" }).WaitForAsync();
        await page.GetByLabel("Basic", new() { Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("1500");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Location and constraints" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
