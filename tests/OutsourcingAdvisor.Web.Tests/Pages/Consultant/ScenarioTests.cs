using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Consultant;

public sealed class ScenarioTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    [Fact]
    public async Task TheDashboardListsClientsWithSearchAndPaging()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var (b, _) = await Accounts.SignedInAsync(_factory, "ben@example.com");
        await Accounts.AddClientAsync(b, "Ben's only client");
        for (var i = 1; i <= 23; i++) await Accounts.AddClientAsync(a, $"Client {i:00}", i == 7 ? "bakery chain" : null);

        var first = await Html.GetAsync(a, "/consultant");
        Assert.Equal(20, first.QuerySelectorAll(".clients-table tbody tr").Length);
        Assert.Contains("Page 1 of 2", first.QuerySelector(".pager")!.TextContent);
        var second = await Html.GetAsync(a, "/consultant?p=2");
        Assert.Equal(3, second.QuerySelectorAll(".clients-table tbody tr").Length);
        Assert.DoesNotContain("Ben's", first.Body!.TextContent + second.Body!.TextContent);

        var found = await Html.GetAsync(a, "/consultant?q=bakery");
        Assert.Equal("Client 07", Assert.Single(found.QuerySelectorAll(".clients-table tbody th a")).TextContent);
    }

    [Fact]
    public async Task AClientsAssessmentsAreListedNewestFirstAndEachScenarioKeepsItsResult()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com", name: "Ana Adviser", firm: "Adviser & Co");
        var clientId = await Accounts.AddClientAsync(a, "Corner Shop");
        var first = await Accounts.AssessForClientAsync(a, clientId);

        // Duplicate as a new scenario, change one answer, submit.
        var report = await Html.GetAsync(a, $"/reports/{first}");
        Assert.Equal("Ana Adviser", report.QuerySelector(".prepared-by")!.TextContent);
        Assert.Equal("Adviser & Co", report.QuerySelector(".firm")!.TextContent);
        var duplicated = await Html.SubmitAsync(a, report.Forms.Single(f => f.Action.EndsWith("/duplicate", StringComparison.Ordinal)));
        var checkUrl = duplicated.Headers.Location!.OriginalString;
        Assert.EndsWith("/check", checkUrl);
        var skillsUrl = checkUrl.Replace("/check", "/skills");
        var walker = new QuestionnaireWalker(a);
        await walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills(skill: "expert", budget: "20000"));
        var secondUrl = await walker.NextAsync(checkUrl, new Dictionary<string, string>());
        var second = secondUrl.Split('/').Last();

        var client = await Html.GetAsync(a, $"/consultant/clients/{clientId}");
        var rows = client.QuerySelectorAll(".assessments-table tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(second, rows[0].InnerHtml);
        Assert.Contains(first, rows[1].InnerHtml);
        await using var db = _factory.NewDbContext();
        var stored = await db.Assessments.Where(x => x.ClientId == clientId).ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.NotEqual(stored[0].ResultJson, stored[1].ResultJson);
    }

    [Fact]
    public async Task ComparingScenariosShowsScoresCostsAndMarksTheAnswersThatDiffer()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var clientId = await Accounts.AddClientAsync(a, "Corner Shop");
        var one = await Accounts.AssessForClientAsync(a, clientId);
        var two = await Accounts.AssessForClientAsync(a, clientId, skills: QuestionnaireWalker.Skills(budget: "9000"));
        var three = await Accounts.AssessForClientAsync(a, clientId, work: QuestionnaireWalker.Work(taskType: "analytics", goal: "gain-expertise"), skills: QuestionnaireWalker.Skills(skill: "expert", budget: "15000"));

        var page = await Html.GetAsync(a, $"/consultant/compare?ids={one}&ids={two}&ids={three}");
        var answers = page.QuerySelectorAll(".answers-compare tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Replace(" (differs)", ""));
        Assert.Contains("differs", answers["Monthly budget"].InnerHtml);
        Assert.Contains("differs", answers["Kind of work"].InnerHtml);
        Assert.DoesNotContain("differs", answers["Preferred location"].InnerHtml);
        var decision = page.QuerySelector(".decision-compare")!.TextContent;
        Assert.Contains("a month", decision);
        Assert.Contains("How sure of the location", decision);
        Assert.Contains("Score: BPO", page.QuerySelector(".scores-compare")!.TextContent);
        Assert.Equal(4, page.QuerySelector(".decision-compare")!.QuerySelectorAll("thead th").Length);

        Assert.Contains("between 2 and 4", (await Html.GetAsync(a, $"/consultant/compare?ids={one}")).Body!.TextContent);
    }

    [Fact]
    public async Task AClientsAssessmentsExportAsCsv()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var clientId = await Accounts.AddClientAsync(a, "Corner Shop");
        var one = await Accounts.AssessForClientAsync(a, clientId);
        var two = await Accounts.AssessForClientAsync(a, clientId);
        var response = await a.GetAsync($"/consultant/clients/{clientId}/export");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,created,taskType", lines[0]);
        Assert.Equal(3, lines.Length);
        // An id is random base64url, so one in 64 starts with "-" and is written defused, with a leading quote mark.
        Assert.Contains(lines, l => l.StartsWith(one + ",") || l.StartsWith("'" + one + ","));
        Assert.Contains(lines, l => l.StartsWith(two + ",") || l.StartsWith("'" + two + ","));
    }

    public void Dispose() => _factory.Dispose();
}
