using OutsourcingAdvisor.Domain.Assessment;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Assessment;

public sealed class QuestionnaireTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();
    private readonly HttpClient _client;
    private readonly QuestionnaireWalker _walker;

    public QuestionnaireTests()
    {
        _client = _factory.CreatePlainClient();
        _walker = new QuestionnaireWalker(_client);
    }

    private async Task<int> Assessments()
    {
        await using var db = _factory.NewDbContext();
        return await db.Assessments.CountAsync();
    }

    [Fact]
    public async Task TheWorkStepSaysWhatIsMissingAndLinksToIt()
    {
        var response = await _walker.SubmitAsync(await _walker.StartAsync(), new Dictionary<string, string> { ["Input.Goal"] = "innovate" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var summary = page.QuerySelector(".error-summary")!;
        Assert.Equal("alert", summary.GetAttribute("role"));
        var link = summary.QuerySelector("a")!;
        Assert.Equal("Choose the kind of work you want to hand off.", link.TextContent);
        Assert.Equal("#Input_TaskType", link.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Input_TaskType"));
        Assert.Contains("Choose the kind of work", page.QuerySelector("#Input_TaskType-error")!.TextContent);
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Goal'][value='innovate']")!.IsChecked);
        Assert.StartsWith("Error:", page.Title);
    }

    [Fact]
    public async Task TheSkillsStepExplainsBadBudgetsAndKeepsWhatWasTyped()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work());

        var page = await Html.ParseAsync(await _walker.SubmitAsync(skillsUrl, new Dictionary<string, string> { ["Input.MonthlyBudget"] = "lots" }));
        var messages = page.QuerySelectorAll(".error-summary a").Select(a => a.TextContent).ToList();
        Assert.Contains("Choose the skill level the work needs.", messages);
        Assert.Contains("Enter your monthly budget as a number, for example 3000.", messages);
        Assert.Equal("lots", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_MonthlyBudget")!.Value);
        Assert.Equal("true", page.QuerySelector("#Input_MonthlyBudget")!.GetAttribute("aria-invalid"));

        page = await Html.ParseAsync(await _walker.SubmitAsync(skillsUrl, QuestionnaireWalker.Skills(budget: "0", hours: "30000")));
        messages = page.QuerySelectorAll(".error-summary a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Your monthly budget must be more than 0.", "Hours per month must be a whole number from 1 to 20,000."], messages);
    }

    [Fact]
    public async Task TheLocationStepChecksItsAnswers()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work());
        var locationUrl = await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        var page = await Html.ParseAsync(await _walker.SubmitAsync(locationUrl, new Dictionary<string, string> { ["Input.ClientName"] = new string('x', 121) }));
        var messages = page.QuerySelectorAll(".error-summary a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Choose where the work may be delivered from, or “any”.", "The client name can be at most 120 characters."], messages);
        Assert.Equal(new string('x', 121), page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_ClientName")!.Value);
    }

    [Fact]
    public async Task BackAndForwardKeepTheAnswers()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work(taskType: "payroll", goal: "free-up-time"));
        var locationUrl = await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills(skill: "intermediate", budget: "2500", hours: "80"));

        var location = await Html.GetAsync(_client, locationUrl);
        var back = location.QuerySelector("a.back-link")!.GetAttribute("href");
        Assert.Equal(skillsUrl, back);
        var skills = await Html.GetAsync(_client, back!);
        Assert.Equal("2500", skills.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_MonthlyBudget")!.Value);
        Assert.Equal("80", skills.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_HoursPerMonth")!.Value);
        Assert.True(skills.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.SkillLevel'][value='intermediate']")!.IsChecked);

        var work = await Html.GetAsync(_client, skills.QuerySelector("a.back-link")!.GetAttribute("href")!);
        Assert.True(work.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.TaskType'][value='payroll']")!.IsChecked);
        Assert.True(work.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Goal'][value='free-up-time']")!.IsChecked);

        // Forward again without changes: the later answers are still there.
        Assert.Equal(skillsUrl, await _walker.NextAsync(work.Url, new Dictionary<string, string>()));
        Assert.Equal(locationUrl, await _walker.NextAsync(skillsUrl, new Dictionary<string, string>()));
    }

    [Fact]
    public async Task CheckYourAnswersListsEveryAnswerWithAChangeLink()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work());
        var locationUrl = await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        var checkUrl = await _walker.NextAsync(locationUrl, QuestionnaireWalker.Location());
        // Each step sends the owner on to the next one, in order, under the same draft.
        var draft = skillsUrl.Split('/')[2];
        Assert.Equal(new[] { $"/assessment/{draft}/skills", $"/assessment/{draft}/location", $"/assessment/{draft}/check" }, new[] { skillsUrl, locationUrl, checkUrl });
        var page = await Html.GetAsync(_client, checkUrl);
        var rows = page.QuerySelectorAll(".summary-row").ToList();
        // Every answer but the budgets' currency, which is recorded rather than asked (the budget row says it).
        Assert.Equal(Domain.Assessment.Questions.InQuestionnaireOrder.Count, rows.Count);
        Assert.Contains(rows, r => r.TextContent.Contains("Customer support"));
        Assert.Contains(rows, r => r.TextContent.Contains("$4,000"));
        var change = rows.Single(r => r.QuerySelector("dt")!.TextContent == "Monthly budget").QuerySelector("a")!.GetAttribute("href");
        Assert.Equal($"{skillsUrl}#Input_MonthlyBudget", change);
    }

    [Fact]
    public async Task TheCompleteFlowCreatesExactlyOneAssessment()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work());
        var locationUrl = await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        var checkUrl = await _walker.NextAsync(locationUrl, QuestionnaireWalker.Location());
        Assert.Equal(0, await Assessments());
        var check = await Html.GetAsync(_client, checkUrl);
        var form = check.Forms.Single(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.Closest("header") is null);

        var first = await Html.SubmitAsync(_client, form);
        var again = await Html.SubmitAsync(_client, form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await Assessments());
        var report = await Html.GetAsync(_client, first.Headers.Location!.OriginalString);
        Assert.Contains("business process outsourcing (BPO)", report.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRejected()
    {
        var response = await _client.PostAsync("/assessment", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.TaskType"] = "payroll" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = _factory.NewDbContext();
        Assert.Equal(0, await db.Drafts.CountAsync());
    }

    [Fact]
    public async Task OverpostingAnAnswerFromAnotherStepChangesNothing()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work());
        await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills(skill: "basic", budget: "4000"));
        var workUrl = skillsUrl.Replace("/skills", "/work");

        await _walker.NextAsync(workUrl, new Dictionary<string, string>
        {
            ["Input.SkillLevel"] = "expert", ["Input.MonthlyBudget"] = "999999", ["SkillLevel"] = "expert", ["Answers.SkillLevel"] = "expert",
        });

        var skills = await Html.GetAsync(_client, skillsUrl);
        Assert.True(skills.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.SkillLevel'][value='basic']")!.IsChecked);
        Assert.Equal("4000", skills.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_MonthlyBudget")!.Value);
    }

    [Fact]
    public async Task TheResumeLinkReopensTheAnswersAndExpiresAfter30Days()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work(taskType: "analytics"));
        var skills = await Html.GetAsync(_client, skillsUrl);
        var resume = skills.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#resume-link")!.Value;
        var draftId = skillsUrl.Split('/')[2];
        Assert.Equal(22, draftId.Length);
        // The link opens the first step, where the business is, with the answers kept.
        Assert.EndsWith($"/assessment/{draftId}/business", resume);

        var fresh = _factory.CreatePlainClient();
        var reopened = await Html.GetAsync(fresh, new Uri(resume).PathAndQuery);
        Assert.Equal("US", reopened.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Input_BusinessCountry")!.Value);
        var work = await Html.GetAsync(fresh, skillsUrl.Replace("/skills", "/work"));
        Assert.True(work.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.TaskType'][value='analytics']")!.IsChecked);
        Assert.True((await fresh.GetAsync(skillsUrl)).Headers.CacheControl?.NoStore);

        await using (var db = _factory.NewDbContext())
            await db.Drafts.Where(d => d.Id == draftId).ExecuteUpdateAsync(s => s.SetProperty(d => d.UpdatedAtUtc, DateTime.UtcNow.AddDays(-31)));
        var expired = await fresh.GetAsync(skillsUrl);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(expired)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task TheTaskListIsGroupedAndSearchableWithoutScript()
    {
        var workUrl = await _walker.StartAsync();
        var all = await Html.GetAsync(_client, workUrl);
        var groups = all.QuerySelectorAll(".task-group-title").Select(h => h.TextContent).ToList();
        Assert.Equal(["Business process outsourcing (BPO)", "Knowledge process outsourcing (KPO)", "Project outsourcing", "IT outsourcing"], groups);
        Assert.True(all.QuerySelectorAll("input[name='Input.TaskType']").Length >= 43);

        var legal = await Html.GetAsync(_client, workUrl + "?q=legal");
        var found = legal.QuerySelectorAll("input[name='Input.TaskType']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains("legal-process", found);
        Assert.DoesNotContain("data-entry", found);
        Assert.Equal("legal", legal.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#task-filter")!.Value);
    }

    [Fact]
    public async Task EveryFieldHasALabelAndEveryRadioGroupAFieldsetWithALegend()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work());
        var locationUrl = await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        foreach (var url in new[] { "/assessment", skillsUrl.Replace("/skills", "/work"), skillsUrl, locationUrl })
        {
            var page = await Html.GetAsync(_client, url);
            foreach (var input in page.QuerySelectorAll("input:not([type=hidden])"))
            {
                var id = input.GetAttribute("id");
                Assert.False(string.IsNullOrEmpty(id), $"{url}: an input has no id");
                Assert.NotNull(page.QuerySelector($"label[for='{id}']"));
            }
            foreach (var radio in page.QuerySelectorAll("input[type=radio]"))
                Assert.NotNull(radio.Closest("fieldset")?.QuerySelector("legend"));
        }
    }

    public void Dispose() => _factory.Dispose();
}
