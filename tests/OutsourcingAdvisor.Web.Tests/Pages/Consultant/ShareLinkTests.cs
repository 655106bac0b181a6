using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Consultant;

public sealed class ShareLinkTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private async Task<(HttpClient Consultant, string Assessment, string Link)> ShareAsync(string days = "14")
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var clientId = await Accounts.AddClientAsync(a, "Corner Shop");
        var id = await Accounts.AssessForClientAsync(a, clientId);
        var page = await Html.GetAsync(a, $"/consultant/assessments/{id}/share");
        var created = await Html.SubmitAsync(a, page.Forms.Single(f => f.QuerySelector("#Days") is not null), new Dictionary<string, string> { ["Days"] = days });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var shares = await Html.GetAsync(a, $"/consultant/assessments/{id}/share");
        var link = new Uri(shares.QuerySelector(".share-url")!.TextContent).PathAndQuery;
        return (a, id, link);
    }

    [Fact]
    public async Task AValidLinkShowsTheReportReadOnlyToAnyone()
    {
        var (_, id, link) = await ShareAsync();
        Assert.Matches("^/shared/[A-Za-z0-9_-]{22}$", link);
        var response = await _factory.CreatePlainClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(id, page.QuerySelector(".report-footer")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("form[action$='/duplicate']"));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task EveryDownloadLinkOnASharedReportWorksForItsReader()
    {
        var (_, id, link) = await ShareAsync();
        var reader = _factory.CreatePlainClient();
        var page = await Html.GetAsync(reader, link);
        var downloads = page.QuerySelectorAll(".report-actions a[href$='.csv'], .report-actions a[href$='.json']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, downloads.Count);
        foreach (var href in downloads)
        {
            var response = await reader.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(id, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task ARevokedLinksDownloadsAnswer410Problems()
    {
        var (consultant, id, link) = await ShareAsync();
        var shares = await Html.GetAsync(consultant, $"/consultant/assessments/{id}/share");
        await Html.SubmitAsync(consultant, shares.Forms.Single(f => f.Action.EndsWith("/revoke", StringComparison.OrdinalIgnoreCase)));
        foreach (var suffix in new[] { ".json", ".csv" })
            await OutsourcingAdvisor.Web.Tests.Hardening.ProblemResponseTests.AssertProblem(await _factory.CreatePlainClient().GetAsync(link + suffix), HttpStatusCode.Gone);
    }

    [Fact]
    public async Task TheSharedReportIsTheOwnersReportLessTheOwnersActions()
    {
        var (consultant, id, link) = await ShareAsync();
        var owners = (await Html.GetAsync(consultant, $"/reports/{id}")).QuerySelector("article.report")!;
        foreach (var action in owners.QuerySelectorAll("a[href$='/share'], a[href^='/consultant/scenarios/'], form[action$='/duplicate']")) action.Remove();
        var shared = (await Html.GetAsync(_factory.CreatePlainClient(), link)).QuerySelector("article.report")!;
        // The owner-only block leaves its indentation behind, so whitespace between tags is set aside.
        static string Markup(IElement e) => System.Text.RegularExpressions.Regex.Replace(e.OuterHtml, @">\s+<", "><");
        // Its downloads go through the share link (the reader may not open /reports/{id}.csv): otherwise identical.
        Assert.Equal(Markup(owners), Markup(shared).Replace(link + ".", $"/reports/{id}."));
    }

    [Fact]
    public async Task ARevokedLinkShowsAClearPage()
    {
        var (consultant, id, link) = await ShareAsync();
        var shares = await Html.GetAsync(consultant, $"/consultant/assessments/{id}/share");
        var revoke = shares.Forms.Single(f => f.Action.EndsWith("/revoke", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SubmitAsync(consultant, revoke)).StatusCode);

        var response = await _factory.CreatePlainClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("This link no longer works", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("withdrawn", page.Body!.TextContent);
        Assert.Equal("Revoked", (await Html.GetAsync(consultant, $"/consultant/assessments/{id}/share")).QuerySelector(".status")!.TextContent);
    }

    [Fact]
    public async Task AnExpiredLinkShowsAClearPage()
    {
        var (_, _, link) = await ShareAsync("1");
        var token = link.Split('/').Last();
        await using (var db = _factory.NewDbContext())
            await db.ShareLinks.Where(l => l.Token == token).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1)));
        var response = await _factory.CreatePlainClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("expired", (await Html.ParseAsync(response)).Body!.TextContent);
    }

    [Fact]
    public async Task TheConsultantPicksTheExpiryWithinLimits()
    {
        var (consultant, id, _) = await ShareAsync("30");
        await using (var db = _factory.NewDbContext())
        {
            var link = await db.ShareLinks.SingleAsync();
            Assert.InRange(link.ExpiresAtUtc - link.CreatedAtUtc, TimeSpan.FromDays(30), TimeSpan.FromDays(30));
        }
        var page = await Html.GetAsync(consultant, $"/consultant/assessments/{id}/share");
        var refused = await Html.ParseAsync(await Html.SubmitAsync(consultant, page.Forms.Single(f => f.QuerySelector("#Days") is not null), new Dictionary<string, string> { ["Days"] = "0" }));
        Assert.Contains("from 1 to 365", refused.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task AnUnknownLinkIsA404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreatePlainClient().GetAsync("/shared/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
