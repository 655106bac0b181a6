using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Assessment;

public sealed class TaskChoiceTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    [Fact]
    public async Task StepOneFoldsTheKindsOfWorkSoTheOtherQuestionsAreInReach()
    {
        var page = await Html.GetAsync(_factory.CreateClient(), "/assessment");
        var groups = page.QuerySelectorAll("details.task-group").ToList();
        Assert.Equal(4, groups.Count);
        Assert.All(groups, g => Assert.False(g.HasAttribute("open")));
        Assert.True(page.QuerySelectorAll("details.task-group input[name='Input.TaskType']").Length >= 43);
        Assert.NotNull(page.QuerySelector("#task-filter-status[role=status]"));
    }

    [Fact]
    public async Task TheGroupHoldingTheChosenWorkIsOpenWhenComingBack()
    {
        var client = _factory.CreatePlainClient();
        var skillsUrl = await new QuestionnaireWalker(client).NextAsync("/assessment", QuestionnaireWalker.Work(taskType: "payroll"));
        var work = await Html.GetAsync(client, skillsUrl.Replace("/skills", "/work"));
        var open = work.QuerySelectorAll("details.task-group[open]").ToList();
        var group = Assert.Single(open);
        Assert.True(group.QuerySelector<IHtmlInputElement>("input[value=payroll]")!.IsChecked);
    }

    [Fact]
    public async Task ASearchWithNoMatchOffersTheNotListedChoice()
    {
        var page = await Html.GetAsync(_factory.CreateClient(), "/assessment?q=underwater%20basket%20weaving");
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
