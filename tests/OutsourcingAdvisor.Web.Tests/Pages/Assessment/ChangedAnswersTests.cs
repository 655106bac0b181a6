using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Assessment;

/// <summary>Answers changed through the resume link after submitting, and the new answers' own questions.</summary>
public sealed class ChangedAnswersTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();
    private readonly HttpClient _client;
    private readonly QuestionnaireWalker _walker;

    public ChangedAnswersTests()
    {
        _client = _factory.CreatePlainClient();
        _walker = new QuestionnaireWalker(_client);
    }

    [Fact]
    public async Task AChangedAnswerAfterSubmittingMakesANewReportAndTheFirstKeepsItsLink()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work());
        var locationUrl = await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills(budget: "4000"));
        var checkUrl = await _walker.NextAsync(locationUrl, QuestionnaireWalker.Location());
        var first = await _walker.NextAsync(checkUrl, new Dictionary<string, string>());
        var firstPage = await _client.GetStringAsync(first);

        // Back through the resume link: a different budget, then "See my recommendation" again.
        var resume = (await Html.GetAsync(_client, skillsUrl)).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#resume-link")!.Value;
        var fresh = _factory.CreatePlainClient();
        var walker = new QuestionnaireWalker(fresh);
        var business = new Uri(resume).PathAndQuery;
        var work = await walker.NextAsync(business, new Dictionary<string, string>());
        var skills = await walker.NextAsync(work, new Dictionary<string, string>());
        var location = await walker.NextAsync(skills, new Dictionary<string, string> { ["Input.MonthlyBudget"] = "9000" });
        var check = await walker.NextAsync(location, new Dictionary<string, string>());
        var second = await walker.NextAsync(check, new Dictionary<string, string>());

        Assert.NotEqual(first, second);
        Assert.Contains("$9,000", await fresh.GetStringAsync(second));
        Assert.Equal(firstPage, await _client.GetStringAsync(first));
        await using var db = _factory.NewDbContext();
        Assert.Equal(2, await db.Assessments.CountAsync());
    }

    [Fact]
    public async Task SubmittingTheSameAnswersAgainOpensTheReportAlreadyMade()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work());
        var locationUrl = await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        var checkUrl = await _walker.NextAsync(locationUrl, QuestionnaireWalker.Location());
        var first = await _walker.NextAsync(checkUrl, new Dictionary<string, string>());
        Assert.Equal(first, await _walker.NextAsync(await _walker.NextAsync(locationUrl, new Dictionary<string, string>()), new Dictionary<string, string>()));
    }

    [Fact]
    public async Task OneOffWorkAsksForATotalBudgetOnTheSkillsStep()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work(taskType: "website-redesign", engagement: "one-off", scope: "single-task"));
        var page = await Html.ParseAsync(await _walker.SubmitAsync(skillsUrl, QuestionnaireWalker.Skills(skill: "specialist", budget: "1000")));
        Assert.Contains("For one-off work, enter the total you can spend", page.QuerySelector(".error-summary")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Input_TotalBudget"));
        Assert.NotNull(page.QuerySelector("#Input_Headcount"));

        var locationUrl = await _walker.NextAsync(skillsUrl, new Dictionary<string, string>(QuestionnaireWalker.Skills(skill: "specialist", budget: "1000")) { ["Input.TotalBudget"] = "15000" });
        var checkUrl = await _walker.NextAsync(locationUrl, QuestionnaireWalker.Location(coverage: null, customerFacing: null));
        var report = await Html.GetAsync(_client, await _walker.NextAsync(checkUrl, new Dictionary<string, string>()));
        Assert.Contains("$15,000 in total", report.QuerySelector(".cost-budget")!.TextContent);
    }

    public void Dispose() => _factory.Dispose();
}
