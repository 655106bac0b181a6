using Microsoft.Playwright;

namespace OutsourcingAdvisor.BrowserTests;

/// <summary>An owner's answers, and how a person fills them in: clicking labels, typing, pressing Continue.</summary>
public sealed record Owner(
    string Name, string TaskLabel, string? Engagement, string? Scope, string? Reliance, string? Goal,
    string Skill, string Budget, string Location, string? Coverage = null, string? CustomerFacing = null, string? ClientName = null, string? TotalBudget = null,
    string Country = "United States", string? TimeZone = "New York")
{
    public static readonly Owner CallCentre = new("call-centre", "Customer support", "Ongoing", "A whole process", null, "Cut costs",
        "Basic", "4000", "No preference", Coverage: "Around the clock", CustomerFacing: "Yes", ClientName: "Corner Shop Ltd");

    public static readonly Owner PatentWork = new("patent-work", "Patent applications", "Short-term", "A single task", "Now and then", "Gain expertise",
        "Expert", "12000", "No preference", ClientName: "Inventive Devices");

    public static readonly Owner WebsiteRedesign = new("website-redesign", "Website redesign", "One-off", "A single task", null, null,
        "Specialist", "6000", "No preference", ClientName: "Bakery & Sons", TotalBudget: "6000", Country: "United Kingdom", TimeZone: null);

    /// <summary>Goes through the five steps, saving a screenshot of each, and lands on the report.
    /// <paramref name="atEachPage"/>, if given, runs on each page once it is filled in (before Continue), and on the report.</summary>
    public async Task FillInAsync(IPage page, string shotPrefix, Func<IPage, Task>? atEachPage = null)
    {
        async Task Done(string name)
        {
            await Shot(page, shotPrefix, name);
            if (atEachPage is not null) await atEachPage(page);
        }

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start an assessment" }).First.ClickAsync();

        // Where the business is comes first: the budget is then asked in its currency.
        await page.GetByLabel("Where is your business?").SelectOptionAsync(new SelectOptionValue { Label = Country });
        if (TimeZone is not null) await page.GetByLabel("Which time zone does your office keep?").SelectOptionAsync(new SelectOptionValue { Label = TimeZone });
        await Done("0-business");
        await Continue(page);

        await ChooseTask(page, TaskLabel);
        await Choose(page, "How long will you need help?", Engagement);
        await Choose(page, "How much of the work?", Scope);
        await Choose(page, "How often do you need this skill?", Reliance);
        await Choose(page, "What matters most to you?", Goal);
        await Done("1-work");
        await Continue(page);

        await Choose(page, "What skill level does the work need?", Skill);
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Monthly budget \\(")).FillAsync(Budget);
        if (TotalBudget is not null) await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Total budget for one-off work \\(")).FillAsync(TotalBudget);
        await Done("2-skills");
        await Continue(page);

        await Choose(page, "Where would you like the work done from?", Location);
        await Choose(page, "Which hours must be covered? (optional)", Coverage);
        await Choose(page, "Will the provider deal with your customers? (optional)", CustomerFacing);
        if (ClientName is not null) await page.GetByLabel("Client or business name for the report (optional)").FillAsync(ClientName);
        await Done("3-location");
        await Continue(page);

        await page.GetByRole(AriaRole.Heading, new() { Name = "Check your answers" }).WaitForAsync();
        await Done("4-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "See my recommendation" }).ClickAsync();
        // The report is there once its document is parsed (its stylesheet and deferred script have run by then) and its
        // heading shows; the window's load event adds nothing the checks below use.
        await page.WaitForURLAsync("**/reports/*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator("main h1").First.WaitForAsync();
        await Done("5-report");
    }

    private static async Task Choose(IPage page, string legend, string? label)
    {
        if (label is null) return;
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = false });
        await group.GetByLabel(label, new() { Exact = true }).CheckAsync();
    }

    /// <summary>The kinds of work are folded by group: open the group that holds it, as a person would, and pick it.</summary>
    public static async Task ChooseTask(IPage page, string label)
    {
        var radio = page.GetByLabel(label, new() { Exact = true });
        var group = page.Locator("details.task-group", new() { Has = radio });
        if (await group.CountAsync() == 1 && await group.GetAttributeAsync("open") is null)
            await group.Locator("summary").ClickAsync();
        await radio.CheckAsync();
    }

    /// <summary>The first step: where the business is; then on to the work.</summary>
    public static async Task BusinessAsync(IPage page, string country = "United States", string? timeZone = "New York")
    {
        await page.GetByLabel("Where is your business?").SelectOptionAsync(new SelectOptionValue { Label = country });
        if (timeZone is not null) await page.GetByLabel("Which time zone does your office keep?").SelectOptionAsync(new SelectOptionValue { Label = timeZone });
        await Continue(page);
    }

    public static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

    public static Task Shot(IPage page, string prefix, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"{prefix}-{name}.png"), FullPage = true });
}
