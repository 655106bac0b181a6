using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Assessment;

public sealed class TaskChoiceTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private async Task<string> WorkUrl(HttpClient client) => await new QuestionnaireWalker(client).StartAsync();

    [Fact]
    public async Task TheWorkStepFoldsTheKindsOfWorkSoTheOtherQuestionsAreInReach()
    {
        var client = _factory.CreatePlainClient();
        var page = await Html.GetAsync(client, await WorkUrl(client));
        var groups = page.QuerySelectorAll("details.task-group").ToList();
        Assert.Equal(4, groups.Count);
        Assert.All(groups, g => Assert.False(g.HasAttribute("open")));
        Assert.True(page.QuerySelectorAll("details.task-group input[name='Input.TaskType']").Length >= 43);
        Assert.NotNull(page.QuerySelector("#task-filter-status[role=status]"));
    }

    /// <summary>
    /// The first step (where the business is) is kept as rendered per catalogue version (Pages/KeptPages.cs): a newer
    /// version, saved here or by another instance, shows on the next request, and a page with work carried over from
    /// the catalogue or with errors is never the kept one. Every new visitor still gets an antiforgery token of their own.
    /// </summary>
    [Fact]
    public async Task TheKeptFirstStepFollowsANewCatalogueVersionAndNeverShowsAnotherVisitorsState()
    {
        var client = _factory.CreatePlainClient();
        static string Option(IHtmlDocument page, string code) => page.QuerySelector($"#Input_BusinessCountry option[value='{code}']")!.TextContent;
        var first = await Html.GetAsync(client, "/assessment");
        Assert.Equal("Germany", Option(first, "DE"));

        // Someone else's carried-over work and errors: their pages show them, the kept page does not.
        Assert.Equal("payroll", (await Html.GetAsync(client, "/assessment?taskType=payroll")).QuerySelector<IHtmlInputElement>("input[name=StartWith]")!.Value);
        var refused = await Html.SubmitAsync(client, first.Forms.Single(f => f.Method == "post"), new Dictionary<string, string>());
        Assert.Contains("error-message", await refused.Content.ReadAsStringAsync());
        var again = await Html.GetAsync(_factory.CreatePlainClient(), "/assessment");
        Assert.Null(again.QuerySelector("input[name=StartWith]"));
        Assert.Empty(again.QuerySelectorAll(".error-message"));
        Assert.NotEqual(Token(first), Token(again));

        await using (var db = _factory.NewDbContext())
        {
            var latest = (await CatalogueStore.LatestAsync(db))!;
            var countries = latest.Document.Countries!;
            var document = latest.Document with
            {
                Countries = countries with { Countries = [.. countries.Countries.Select(c => c.Code == "DE" ? c with { Name = "Federal Republic of Germany" } : c)] },
            };
            db.CatalogueVersions.Add(new CatalogueVersionRecord
            {
                ContentHash = document.Hash(), Origin = "edit", CreatedAtUtc = DateTime.UtcNow, BasedOnVersionId = latest.Id, Document = document,
            });
            await db.SaveChangesAsync();
            await _factory.Services.GetRequiredService<CatalogueStore>().ReloadAsync(db);
        }
        Assert.Equal("Federal Republic of Germany", Option(await Html.GetAsync(_factory.CreatePlainClient(), "/assessment"), "DE"));

        static string Token(IHtmlDocument page) => page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
    }

    [Fact]
    public async Task WorkChosenInTheCatalogueIsCarriedPastTheFirstStep()
    {
        var client = _factory.CreatePlainClient();
        var walker = new QuestionnaireWalker(client);
        var workUrl = await walker.StartAsync(start: "/assessment?taskType=payroll");
        var work = await Html.GetAsync(client, workUrl);
        Assert.True(work.QuerySelector<IHtmlInputElement>("input[name='Input.TaskType'][value=payroll]")!.IsChecked);
    }

    [Fact]
    public async Task TheGroupHoldingTheChosenWorkIsOpenWhenComingBack()
    {
        var client = _factory.CreatePlainClient();
        var skillsUrl = await new QuestionnaireWalker(client).NextAsync(await new QuestionnaireWalker(client).StartAsync(), QuestionnaireWalker.Work(taskType: "payroll"));
        var work = await Html.GetAsync(client, skillsUrl.Replace("/skills", "/work"));
        var open = work.QuerySelectorAll("details.task-group[open]").ToList();
        var group = Assert.Single(open);
        Assert.True(group.QuerySelector<IHtmlInputElement>("input[value=payroll]")!.IsChecked);
    }

    [Fact]
    public async Task ASearchWithNoMatchOffersTheNotListedChoice()
    {
        var client = _factory.CreatePlainClient();
        var page = await Html.GetAsync(client, await WorkUrl(client) + "?q=underwater%20basket%20weaving");
        Assert.Contains("No kind of work matches your search", page.Body!.TextContent);
        var notListed = page.QuerySelector<IHtmlInputElement>("#Input_TaskType_not_listed")!;
        Assert.Equal("not-listed", notListed.Value);
        Assert.Equal("My work is not listed", page.QuerySelector("label[for=Input_TaskType_not_listed]")!.TextContent);
    }

    [Fact]
    public async Task WorkNotListedGivesAReportThatSaysWhichAnswersItLeanedOn()
    {
        var client = _factory.CreatePlainClient();
        var report = await new QuestionnaireWalker(client).CompleteAsync(
            work: QuestionnaireWalker.Work(taskType: "not-listed", goal: "gain-expertise"),
            skills: QuestionnaireWalker.Skills(skill: "expert", budget: "12000"));
        var page = await Html.GetAsync(client, report);
        var note = page.QuerySelector(".leaned-on")!;
        Assert.Contains("not in our list", note.TextContent);
        var items = note.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Contains("Skill level: Expert", items);
        Assert.Contains("Monthly budget: $12,000", items);
        Assert.DoesNotContain(items, i => i.StartsWith("Kind of work"));
        Assert.StartsWith("Hand off this work through", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("No estimate", page.Body!.TextContent);
    }

    [Fact]
    public async Task AListedWorksReportHasNoLeanedOnNote()
    {
        var client = _factory.CreatePlainClient();
        var page = await Html.GetAsync(client, await new QuestionnaireWalker(client).CompleteAsync());
        Assert.Null(page.QuerySelector(".leaned-on"));
    }

    public void Dispose() => _factory.Dispose();
}
