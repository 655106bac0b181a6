using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages;
using OutsourcingAdvisor.Web.Tests.Api;
using OutsourcingAdvisor.Web.Tests.Infrastructure;
using Serilog.Events;

namespace OutsourcingAdvisor.Web.Tests.Pages;

/// <summary>
/// The first step and the anonymous report kept as rendered (Pages/KeptPages.cs): a kept copy reads exactly as the
/// page Razor renders, with the visitor's own token; it is never used for a signed-in user, and it follows the
/// catalogue and the stored row.
/// </summary>
public sealed partial class KeptPagesTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private KeptPages Kept => _factory.Services.GetRequiredService<KeptPages>();

    private static readonly string[] PageHeaderNames = ["Content-Type", "Cache-Control", "Pragma", "X-Frame-Options", "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"];

    [Fact]
    public async Task ANewVisitorsFirstStepFromTheKeptCopyReadsAsRenderedWithItsOwnWorkingToken()
    {
        var rendered = await _factory.CreatePlainClient().GetAsync("/assessment");
        var renderedBody = await rendered.Content.ReadAsStringAsync();
        Assert.Equal((1, 0), (Kept.Kept, Kept.Used));

        // Before MVC (the plain URL) and through the page (a query string the page ignores): both from the copy.
        var tokens = new HashSet<string> { Token(renderedBody) };
        foreach (var url in new[] { "/assessment", "/assessment?utm_source=mail" })
        {
            var visitor = _factory.CreatePlainClient();
            var kept = await visitor.GetAsync(url);
            var body = await kept.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
            Assert.Equal(WithoutToken(renderedBody), WithoutToken(body));
            Assert.True(tokens.Add(Token(body)), "each visitor gets a token of their own");
            foreach (var name in PageHeaderNames)
                Assert.Equal(Header(rendered, name), Header(kept, name));
            Assert.Contains(kept.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));

            // The kept page's form, with this visitor's cookie and token, takes the first step.
            var form = (await Html.ParseAsync(kept)).Forms.OfType<IHtmlFormElement>().Single(f => f.Method == "post");
            var next = await Html.SubmitAsync(visitor, form, QuestionnaireWalker.Business());
            Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
            Assert.EndsWith("/work", next.Headers.Location!.OriginalString);
        }
        Assert.Equal((1, 2), (Kept.Kept, Kept.Used));
    }

    [Fact]
    public async Task ASignedInUserNeverGetsTheKeptFirstStep()
    {
        await _factory.CreatePlainClient().GetAsync("/assessment");
        var (consultant, _) = await Accounts.SignedInAsync(_factory, "kept@example.com");
        var used = Kept.Used;
        var page = await Html.GetAsync(consultant, "/assessment");
        Assert.NotNull(page.QuerySelector("a[href='/consultant']"));
        Assert.Contains("Sign out", page.QuerySelector("header")!.TextContent);
        Assert.Equal(used, Kept.Used);
    }

    [Fact]
    public async Task TheKeptReportFollowsTheStoredRowAndTheCatalogue()
    {
        var client = _factory.CreatePlainClient();
        var created = await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        var first = await client.GetAsync($"/reports/{id}");
        // Through the page (a query string it ignores) and before MVC (the plain URL): both from the copy.
        foreach (var url in new[] { $"/reports/{id}?print=1", $"/reports/{id}" })
        {
            var again = await client.GetAsync(url);
            Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
            foreach (var name in PageHeaderNames)
                Assert.Equal(Header(first, name), Header(again, name));
            Assert.True(again.Headers.CacheControl?.NoStore);
        }
        Assert.Equal((1, 2), (Kept.Kept, Kept.Used));

        // The row changed through another instance (straight in the database): the page is rendered again from it.
        await using (var db = _factory.NewDbContext())
        {
            var row = await db.Assessments.SingleAsync(a => a.Id == id);
            row.ResultJson = row.ResultJson.Replace("Acme Ltd", "Renamed Ltd", StringComparison.Ordinal);
            await db.SaveChangesAsync();
        }
        var renamed = await Html.GetAsync(client, $"/reports/{id}");
        Assert.Contains("Renamed Ltd", renamed.QuerySelector(".report-header")!.TextContent);
        Assert.Equal((2, 2), (Kept.Kept, Kept.Used));

        // A newer catalogue: rendered again.
        await using (var db = _factory.NewDbContext())
        {
            var latest = (await CatalogueStore.LatestAsync(db))!;
            var document = latest.Document with { Categories = [.. latest.Document.Categories.Select(c => c.Slug == "payroll" ? c with { Name = "Payroll and payslips" } : c)] };
            db.CatalogueVersions.Add(new CatalogueVersionRecord { ContentHash = document.Hash(), Origin = "edit", CreatedAtUtc = DateTime.UtcNow, BasedOnVersionId = latest.Id, Document = document });
            await db.SaveChangesAsync();
            await _factory.Services.GetRequiredService<CatalogueStore>().ReloadAsync(db);
        }
        await client.GetAsync($"/reports/{id}");
        Assert.Equal((3, 2), (Kept.Kept, Kept.Used));

        // Deleted: not found, never the copy.
        await using (var db = _factory.NewDbContext())
            await db.Assessments.Where(a => a.Id == id).ExecuteDeleteAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{id}")).StatusCode);
        Assert.Equal(2, Kept.Used);
    }

    [Fact]
    public async Task AConsultantsReportIsAlwaysRenderedForThem()
    {
        var (consultant, _) = await Accounts.SignedInAsync(_factory, "owner@example.com");
        var clientId = await Accounts.AddClientAsync(consultant, "Kept Co");
        var id = await Accounts.AssessForClientAsync(consultant, clientId);
        for (var i = 0; i < 2; i++)
            Assert.NotNull((await Html.GetAsync(consultant, $"/reports/{id}")).QuerySelector("form[action$='/duplicate']"));
        Assert.Equal((0, 0), (Kept.Kept, Kept.Used));
    }

    [Fact]
    public void TheRowComparisonCoversEveryColumn()
    {
        static AssessmentRecord Row() => new()
        {
            Id = "id", CreatedAtUtc = new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc), CatalogueVersion = "v", TaskType = "payroll", Model = "BPO",
            Location = "offshore", ClientName = "c", OwnerId = "o", ClientId = 1, PreparedBy = "p", Firm = "f", ResultJson = "{}",
        };
        Assert.True(KeptPages.SameRow(Row(), Row()));
        foreach (var property in typeof(AssessmentRecord).GetProperties())
        {
            var changed = Row();
            var value = property.GetValue(changed);
            property.SetValue(changed, value switch
            {
                string s => s + "!",
                DateTime d => d.AddTicks(10),
                int n => n + 1,
                _ => throw new InvalidOperationException($"{property.Name}: no changed value for {property.PropertyType}"),
            });
            Assert.False(KeptPages.SameRow(Row(), changed), property.Name);
        }
    }

    /// <summary>One log line per request: pages with forms no longer make antiforgery warn that it replaced Cache-Control.</summary>
    [Fact]
    public async Task PagesWithFormsLogOnlyTheirRequestLine()
    {
        var client = _factory.CreatePlainClient();
        var walker = new QuestionnaireWalker(client);
        var skills = await walker.NextAsync(await walker.StartAsync(), QuestionnaireWalker.Work());
        await Html.GetAsync(client, skills);
        await Html.GetAsync(_factory.CreatePlainClient(), "/assessment");
        var (consultant, _) = await Accounts.SignedInAsync(_factory, "logs@example.com");
        var clientId = await Accounts.AddClientAsync(consultant, "Log Co");
        var id = await Accounts.AssessForClientAsync(consultant, clientId);
        await Html.GetAsync(consultant, $"/reports/{id}");
        await Html.GetAsync(consultant, $"/consultant/clients/{clientId}");
        Assert.DoesNotContain(_factory.Logs.Events, e => e.Level >= LogEventLevel.Warning && e.Properties.ContainsKey("RequestId"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var v) || response.Content.Headers.TryGetValues(name, out v) ? string.Join(", ", v) : null;

    private static string Token(string html) => TokenInput().Match(html).Groups[1].Value;

    private static string WithoutToken(string html) => TokenInput().Replace(html, "TOKEN");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    public void Dispose() => _factory.Dispose();
}
