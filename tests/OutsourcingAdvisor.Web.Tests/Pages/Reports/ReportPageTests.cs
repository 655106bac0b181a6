using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Tests.Api;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Reports;

public sealed class ReportPageTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();
    private readonly HttpClient _client;

    public ReportPageTests() => _client = _factory.CreatePlainClient();

    private async Task<string> CreateAsync(object? body = null)
    {
        var response = await _client.PostAsJsonAsync("/api/assessments", body ?? AssessmentsApiTests.CallCentre);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task ShowsTheRecommendationChartsCostsReasonsAndSources()
    {
        var id = await CreateAsync();
        var page = await Html.GetAsync(_client, $"/reports/{id}");
        Assert.Contains("business process outsourcing (BPO)", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("offshore", page.QuerySelector("h1")!.TextContent);
        Assert.Matches(@"^Fairly sure of the model: a clear lead of [\d.]+ points over", page.QuerySelector(".in-short-list .sure")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("figure.chart svg[role=img]").Length);
        Assert.Equal(4, page.QuerySelectorAll("#model-chart rect.chart-bar").Length);
        Assert.Equal(3, page.QuerySelectorAll("#location-chart rect.chart-bar").Length);
        Assert.Equal(3, page.QuerySelectorAll(".locations-table tbody tr").Length);
        Assert.Contains("$1,460–$10,220", page.QuerySelector(".locations-table")!.TextContent);
        Assert.Contains("Your budget covers only the cheaper end.", page.QuerySelector("#cost-heading")!.ParentElement!.TextContent);
        Assert.Contains("$21,389", page.QuerySelector("#cost-heading")!.ParentElement!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".why-group"));
        Assert.All(page.QuerySelectorAll(".reasons a.source-ref"), a => Assert.NotNull(page.QuerySelector(a.GetAttribute("href")!)));
        // The first changes in the main part, the rest in the appendix.
        Assert.NotEmpty(page.QuerySelectorAll("#whatif-heading ~ ul.what-if li"));
        Assert.Contains("someone had to be on your premises", page.QuerySelector("article.report")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("#expect-heading ~ div li"));
        Assert.Contains("Acme Ltd", page.QuerySelector(".report-header")!.TextContent);
        Assert.DoesNotContain(id, page.QuerySelector(".report-header")!.TextContent);
        Assert.Contains(id, page.QuerySelector(".report-footer")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("#sources li"));
        Assert.Contains("Customer support", page.QuerySelector("#answers-heading")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task ReportsAreNeverCached()
    {
        var id = await CreateAsync();
        foreach (var url in new[] { $"/reports/{id}", $"/reports/{id}.json", $"/reports/{id}.csv" })
            Assert.True((await _client.GetAsync(url)).Headers.CacheControl?.NoStore, url);
    }

    [Fact]
    public async Task AScriptInTheClientNameShowsAsText()
    {
        var id = await CreateAsync(new { taskType = "payroll", skillLevel = "basic", monthlyBudget = 900, location = "any", clientName = "<script>alert(1)</script>" });
        var response = await _client.GetAsync($"/reports/{id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        var page = await Html.ParseAsync(response);
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector(".client-name")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => !s.HasAttribute("src"));
    }

    [Fact]
    public async Task TheJsonDownloadIsTheApiBodyAndTheCsvHasARowPerAnswerAndScore()
    {
        var created = await _client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre);
        var body = await created.Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        Assert.Equal(body, await _client.GetStringAsync($"/reports/{id}.json"));

        var csv = await _client.GetAsync($"/reports/{id}.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,item,value,detail", lines[0]);
        Assert.Contains("answer,taskType,customer-support,Customer support", lines);
        Assert.Contains("answer,monthlyBudget,4000,USD", lines);
        Assert.Equal(4, lines.Count(l => l.StartsWith("model score,")));
        Assert.Equal(3, lines.Count(l => l.StartsWith("location score,")));
        Assert.Contains("recommendation,model,bpo,", lines);
    }

    [Fact]
    public async Task AFollowUpAnswerIsListedWhenGivenAndLeftOutWhenBlankAndNotRequired()
    {
        var withoutHeadcount = await CreateAsync(new { taskType = "payroll", skillLevel = "basic", monthlyBudget = 3000, location = "any" });
        var withHeadcount = await CreateAsync(new { taskType = "payroll", skillLevel = "basic", monthlyBudget = 3000, location = "any", headcount = 40 });
        var oneOff = await CreateAsync(new { taskType = "website-redesign", skillLevel = "intermediate", monthlyBudget = 3000, location = "any", engagement = "one-off", totalBudget = 9000 });

        static async Task<List<string>> Rows(HttpClient c, string id) =>
            (await c.GetStringAsync($"/reports/{id}")).Split("<div class=\"summary-row\">").Skip(1)
                .Select(r => System.Text.RegularExpressions.Regex.Replace(r[..r.IndexOf("</div>", StringComparison.Ordinal)], "<[^>]+>", " ").Trim()).ToList();
        static async Task<string[]> Csv(HttpClient c, string id) => (await c.GetStringAsync($"/reports/{id}.csv")).Split("\r\n");

        Assert.DoesNotContain(await Rows(_client, withoutHeadcount), r => r.StartsWith("Employees covered"));
        Assert.DoesNotContain(await Csv(_client, withoutHeadcount), l => l.StartsWith("answer,headcount,"));
        Assert.Contains(await Rows(_client, withHeadcount), r => r.StartsWith("Employees covered") && r.EndsWith("40"));
        Assert.Contains("answer,headcount,40,", await Csv(_client, withHeadcount));
        Assert.Contains(await Rows(_client, oneOff), r => r.StartsWith("Total budget") && r.EndsWith("$9,000"));
        Assert.DoesNotContain(await Rows(_client, oneOff), r => r.StartsWith("Items a month"));
    }

    [Fact]
    public async Task ALondonOwnersReportGivesEveryCostInPoundsAndAUsOwnersInDollars()
    {
        var london = await CreateAsync(new { taskType = "customer-support", skillLevel = "basic", monthlyBudget = 4000, location = "any", businessCountry = "GB" });
        var newYork = await CreateAsync(new { taskType = "customer-support", skillLevel = "basic", monthlyBudget = 4000, location = "any", businessCountry = "US", businessTimeZone = "America/New_York" });

        static string CostSection(string html)
        {
            var start = html.IndexOf("id=\"cost-heading\"", StringComparison.Ordinal);
            Assert.True(start > 0, "the report has a cost section");
            var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
            return System.Net.WebUtility.HtmlDecode(html[start..end]);
        }

        var pounds = CostSection(await _client.GetStringAsync($"/reports/{london}"));
        Assert.Contains("£", pounds);
        Assert.DoesNotContain("$", pounds);
        var dollars = CostSection(await _client.GetStringAsync($"/reports/{newYork}"));
        Assert.Contains("$", dollars);
        Assert.DoesNotContain("£", dollars);
        // The JSON keeps US dollars, with the rate the report used.
        var json = JsonDocument.Parse(await _client.GetStringAsync($"/api/assessments/{london}")).RootElement;
        Assert.Equal("USD", json.GetProperty("cost").GetProperty("currency").GetString());
        Assert.Equal("GBP", json.GetProperty("owner").GetProperty("money").GetProperty("currency").GetString());
    }

    [Fact]
    public async Task ACsvCellThatLooksLikeAFormulaIsDefused()
    {
        var id = await CreateAsync(new { taskType = "payroll", skillLevel = "basic", monthlyBudget = 900, location = "any", clientName = "=HYPERLINK(\"x\")" });
        var csv = await _client.GetStringAsync($"/reports/{id}.csv");
        Assert.Contains("answer,clientName,\"'=HYPERLINK(\"\"x\"\")\",", csv);
    }

    [Fact]
    public async Task AnUnknownReportIsAFriendly404()
    {
        // Downloads (.json, .csv) answer problem+json instead: see Hardening/ProblemResponseTests.
        foreach (var url in new[] { "/reports/AAAAAAAAAAAAAAAAAAAAAA", "/reports/short" })
        {
            var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var page = await Html.ParseAsync(response);
            Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task SecurityHeadersAreOnEveryPage()
    {
        var id = await CreateAsync();
        foreach (var url in new[] { "/", "/assessment", "/catalogue", "/catalogue/payroll", $"/reports/{id}", "/reports/AAAAAAAAAAAAAAAAAAAAAA", "/api/catalogue", "/css/site.css" })
        {
            var response = await _client.GetAsync(url);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    public void Dispose() => _factory.Dispose();
}

public sealed class ProductionErrorPageTests
{
    [Fact]
    public async Task AServerErrorShowsTheGenericPageWithATraceIdAndNoStackTrace()
    {
        using var factory = new AdvisorFactory { Environment = "Production" };
        var client = factory.CreatePlainClient();
        factory.DropTables("Assessments");

        var response = await client.GetAsync("/reports/AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(response);
        Assert.Equal("Something went wrong on our side", page.QuerySelector("h1")!.TextContent);
        Assert.Matches("[0-9a-f]{32}", page.QuerySelector(".trace-id")!.TextContent);
        Assert.DoesNotContain("SqliteException", html);
        Assert.DoesNotContain("no such table", html);
        Assert.DoesNotContain(" at OutsourcingAdvisor", html);
    }
}
