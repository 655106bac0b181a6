using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Consultant;

/// <summary>A consultant names, annotates, archives and deletes scenarios through the scenario page's real forms.</summary>
public sealed class ScenarioDetailsTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private async Task<(HttpClient Consultant, int ClientId, string Id)> ScenarioAsync()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var clientId = await Accounts.AddClientAsync(a, "Corner Shop");
        var id = await Accounts.AssessForClientAsync(a, clientId, skills: QuestionnaireWalker.Skills(budget: "20000"));
        return (a, clientId, id);
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string id, string name, string summary = "", string note = "")
    {
        var page = await Html.GetAsync(client, $"/consultant/scenarios/{id}");
        var form = page.Forms.OfType<IHtmlFormElement>().Single(f => f.QuerySelector("#Name") is not null);
        return await Html.SubmitAsync(client, form, new Dictionary<string, string> { ["Name"] = name, ["Summary"] = summary, ["Note"] = note });
    }

    [Fact]
    public async Task AnUnnamedScenarioIsListedByItsOutcomeAndBudget()
    {
        var (a, clientId, id) = await ScenarioAsync();
        var client = await Html.GetAsync(a, $"/consultant/clients/{clientId}");
        var name = client.QuerySelector(".assessments-table .scenario-name")!.TextContent;
        await using var db = _factory.NewDbContext();
        var record = await db.Assessments.SingleAsync(x => x.Id == id);
        Assert.Equal($"{Domain.Scoring.OptionNames.ShortLabel(record.Model)}, {record.Location}, $20,000 a month", name);
        Assert.Matches(@"^(BPO|KPO|Project|In-house hire), (onshore|nearshore|offshore), \$20,000 a month$", name);
    }

    [Fact]
    public async Task ARenamedScenarioIsListedAndHeadedByItsNewName()
    {
        var (a, clientId, id) = await ScenarioAsync();
        var saved = await SaveAsync(a, id, "  Night shift offshore  ");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var client = await Html.GetAsync(a, $"/consultant/clients/{clientId}");
        Assert.Equal("Night shift offshore", client.QuerySelector(".assessments-table .scenario-name")!.TextContent);
        Assert.Equal("Night shift offshore", (await Html.GetAsync(a, $"/consultant/scenarios/{id}")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ANameTooLongIsRefusedWithTheFieldMarkedAndNothingStored()
    {
        var (a, _, id) = await ScenarioAsync();
        var response = await SaveAsync(a, id, new string('x', 121));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title);
        Assert.Contains("at most 120 characters", page.QuerySelector(".error-summary a[href='#Name']")!.TextContent);
        await using var db = _factory.NewDbContext();
        Assert.Empty(await db.ScenarioDetails.ToListAsync());
    }

    [Fact]
    public async Task TheNoteAndSummaryAreStoredAsTypedAndShownEscaped()
    {
        var (a, _, id) = await ScenarioAsync();
        const string note = "<script>alert('x')</script>\nCall me on Monday.";
        await SaveAsync(a, id, "", summary: "Start with BPO & review <b>in 6 months</b>.", note: note);
        await using var db = _factory.NewDbContext();
        var stored = await db.ScenarioDetails.SingleAsync(s => s.AssessmentId == id);
        Assert.Equal(note, stored.Note);
        Assert.Null(stored.Name);

        var response = await a.GetAsync($"/consultant/scenarios/{id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>in 6 months</b>", html);
        var page = await Html.ParseAsync(response);
        Assert.Equal(note, ((IHtmlTextAreaElement)page.QuerySelector("#Note")!).Value);
    }

    [Fact]
    public async Task AnArchivedScenarioLeavesTheListAndComesBackWhenRestored()
    {
        var (a, clientId, id) = await ScenarioAsync();
        var other = await Accounts.AssessForClientAsync(a, clientId);
        var page = await Html.GetAsync(a, $"/consultant/scenarios/{id}");
        var archived = await Html.SubmitAsync(a, page.Forms.Single(f => f.Action.Contains("handler=Archive", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal($"/consultant/clients/{clientId}", archived.Headers.Location!.OriginalString);

        var list = await Html.GetAsync(a, $"/consultant/clients/{clientId}");
        var rows = list.QuerySelectorAll(".assessments-table tbody tr");
        Assert.Single(rows);
        Assert.Contains(other, rows[0].InnerHtml);
        Assert.Contains("Show 1 archived scenario", list.Body!.TextContent);
        var archivedList = await Html.GetAsync(a, $"/consultant/clients/{clientId}?archived=true");
        Assert.Contains(id, Assert.Single(archivedList.QuerySelectorAll(".assessments-table tbody tr")).InnerHtml);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/reports/{id}")).StatusCode);

        var again = await Html.GetAsync(a, $"/consultant/scenarios/{id}");
        await Html.SubmitAsync(a, again.Forms.Single(f => f.Action.Contains("handler=Restore", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(2, (await Html.GetAsync(a, $"/consultant/clients/{clientId}")).QuerySelectorAll(".assessments-table tbody tr").Length);
    }

    [Fact]
    public async Task DeletingAsksFirstThenRemovesTheReportItsNoteAndItsShareLinks()
    {
        var (a, clientId, id) = await ScenarioAsync();
        await SaveAsync(a, id, "To delete", note: "gone soon");
        var share = await Html.GetAsync(a, $"/consultant/assessments/{id}/share");
        await Html.SubmitAsync(a, share.Forms.Single(f => f.QuerySelector("#Days") is not null), new Dictionary<string, string> { ["Days"] = "7" });
        var link = new Uri((await Html.GetAsync(a, $"/consultant/assessments/{id}/share")).QuerySelector(".share-url")!.TextContent).PathAndQuery;

        var confirm = await Html.GetAsync(a, $"/consultant/scenarios/{id}/delete");
        Assert.Equal("Delete “To delete”?", confirm.QuerySelector("h1")!.TextContent);
        Assert.Contains("1 active share link stops working", confirm.Body!.TextContent);
        await using (var db = _factory.NewDbContext()) Assert.True(await db.Assessments.AnyAsync(x => x.Id == id));

        var deleted = await Html.SubmitAsync(a, confirm.Forms.Single(f => f.Method == "post" && f.Closest("header") is null));
        Assert.Equal($"/consultant/clients/{clientId}?deleted=true", deleted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreatePlainClient().GetAsync(link)).StatusCode);
        await using var after = _factory.NewDbContext();
        Assert.False(await after.Assessments.AnyAsync(x => x.Id == id));
        Assert.Empty(await after.ScenarioDetails.ToListAsync());
        Assert.Empty(await after.ShareLinks.ToListAsync());
        Assert.Contains("The scenario was deleted.", (await Html.GetAsync(a, $"/consultant/clients/{clientId}?deleted=true")).Body!.TextContent);
    }

    public void Dispose() => _factory.Dispose();
}
