using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Consultant;

public sealed class ComparisonTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private async Task<(HttpClient Consultant, string One, string Two)> TwoScenariosAsync()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com", name: "Ana Adviser", firm: "Adviser & Co");
        var clientId = await Accounts.AddClientAsync(a, "Corner Shop");
        var one = await Accounts.AssessForClientAsync(a, clientId, skills: QuestionnaireWalker.Skills(budget: "20000"));
        var two = await Accounts.AssessForClientAsync(a, clientId, skills: QuestionnaireWalker.Skills(budget: "400"));
        var page = await Html.GetAsync(a, $"/consultant/scenarios/{one}");
        await Html.SubmitAsync(a, page.Forms.OfType<IHtmlFormElement>().Single(f => f.QuerySelector("#Name") is not null), new Dictionary<string, string> { ["Name"] = "Plan A: offshore team" });
        return (a, one, two);
    }

    private static string Cell(IElement row, int i) => row.QuerySelectorAll("td")[i].TextContent;

    [Fact]
    public async Task TheComparisonIsHeadedByScenarioNamesAndOpensWithTheDecision()
    {
        var (a, one, two) = await TwoScenariosAsync();
        var page = await Html.GetAsync(a, $"/consultant/compare?ids={one}&ids={two}");
        var headings = page.QuerySelectorAll(".decision-compare thead th.scenario-heading").Select(h => h.TextContent).ToList();
        Assert.Equal("Plan A: offshore team", headings[0]);
        Assert.Matches(@", \$400 a month$", headings[1]);
        var first = page.QuerySelector("main table")!;
        Assert.Contains("decision-compare", first.ClassName);
        Assert.Equal(["Recommended model", "Where", "Cost", "Fits the budget"],
            first.QuerySelectorAll("tbody th").Take(4).Select(th => th.TextContent.Replace(" (differs)", "")));
        var fits = first.QuerySelectorAll("tbody tr")[3];
        Assert.Equal("Yes", Cell(fits, 0));
        Assert.NotEqual("Yes", Cell(fits, 1));
    }

    [Fact]
    public async Task OnlyAnswersAndOutcomesThatDifferAreMarked()
    {
        var (a, one, two) = await TwoScenariosAsync();
        var page = await Html.GetAsync(a, $"/consultant/compare?ids={one}&ids={two}");
        var marked = page.QuerySelectorAll(".answers-compare tr.row-differs th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Monthly budget (differs)"], marked);
        Assert.Empty(page.QuerySelectorAll(".scores-compare .differs"));
        var where = page.QuerySelectorAll(".decision-compare tbody tr")[1];
        Assert.Equal(Cell(where, 0) != Cell(where, 1), where.ClassList.Contains("row-differs"));
        Assert.Contains("row-differs", page.QuerySelectorAll(".decision-compare tbody tr")[3].ClassName);
    }

    [Fact]
    public async Task TheComparisonNamesTheClientTheConsultantAndTheFirm()
    {
        var (a, one, two) = await TwoScenariosAsync();
        var page = await Html.GetAsync(a, $"/consultant/compare?ids={one}&ids={two}");
        Assert.Equal("Corner Shop", page.QuerySelector(".comparison .client-name")!.TextContent);
        Assert.Equal("Ana Adviser", page.QuerySelector(".comparison .prepared-by")!.TextContent);
        Assert.Equal("Adviser & Co", page.QuerySelector(".comparison .firm")!.TextContent);
        var sheet = page.QuerySelector<IHtmlLinkElement>("link[href^='/brand/style.css']")!.Href!;
        var css = await (await a.GetAsync(new Uri(sheet).PathAndQuery)).Content.ReadAsStringAsync();
        Assert.Contains("--page-footer: \"Adviser \\26  Co \\b7  prepared by Ana Adviser\"", css);
    }

    private static async Task<string> ShareAsync(HttpClient a, string one, string two, string days = "14")
    {
        var share = await Html.GetAsync(a, $"/consultant/compare/share?ids={one}&ids={two}");
        var created = await Html.SubmitAsync(a, share.Forms.OfType<IHtmlFormElement>().Single(f => f.QuerySelector("#Days") is not null), new Dictionary<string, string> { ["Days"] = days });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var listed = await Html.GetAsync(a, created.Headers.Location!.OriginalString);
        return new Uri(listed.QuerySelector(".share-url")!.TextContent).PathAndQuery;
    }

    [Fact]
    public async Task AComparisonSharedByLinkShowsReadOnlyToAnyone()
    {
        var (a, one, two) = await TwoScenariosAsync();
        var link = await ShareAsync(a, one, two);
        Assert.Matches("^/shared/compare/[A-Za-z0-9_-]{22}$", link);
        var response = await _factory.CreatePlainClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Plan A: offshore team", page.QuerySelector(".decision-compare th.scenario-heading")!.TextContent);
        Assert.Equal("Adviser & Co", page.QuerySelector(".firm")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main a[href^='/reports/'], main a[href*='/share']"));
    }

    [Fact]
    public async Task ARevokedExpiredOrBrokenComparisonLinkSaysItNoLongerWorks()
    {
        var (a, one, two) = await TwoScenariosAsync();
        var revokedLink = await ShareAsync(a, one, two);
        var expiredLink = await ShareAsync(a, one, two, "1");
        var share = await Html.GetAsync(a, $"/consultant/compare/share?ids={one}&ids={two}");
        var revoke = share.Forms.OfType<IHtmlFormElement>().First(f => f.Action.Contains("/revoke", StringComparison.OrdinalIgnoreCase)
            && f.QuerySelector<IHtmlInputElement>("input[name=token]")!.Value == revokedLink.Split('/').Last());
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SubmitAsync(a, revoke)).StatusCode);
        // Through EF, as the other link tests do, so it runs on both providers (PostgreSQL folds unquoted names to lower case).
        await using (var db = _factory.NewDbContext())
        {
            var token = expiredLink.Split('/').Last();
            Assert.Equal(1, await db.ComparisonShareLinks.Where(l => l.Token == token).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1))));
        }

        var anyone = _factory.CreatePlainClient();
        var revoked = await anyone.GetAsync(revokedLink);
        Assert.Equal(HttpStatusCode.Gone, revoked.StatusCode);
        Assert.Contains("withdrawn", await revoked.Content.ReadAsStringAsync());
        var expired = await anyone.GetAsync(expiredLink);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("expired", await expired.Content.ReadAsStringAsync());

        var liveLink = await ShareAsync(a, one, two);
        await Html.SubmitAsync(a, (await Html.GetAsync(a, $"/consultant/scenarios/{two}/delete")).Forms.OfType<IHtmlFormElement>().Single(f => f.Method == "post" && f.Closest("header") is null));
        var broken = await anyone.GetAsync(liveLink);
        Assert.Equal(HttpStatusCode.Gone, broken.StatusCode);
        Assert.Contains("has been deleted", await broken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/shared/compare/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
    }

    [Fact]
    public async Task AnotherConsultantCannotCompareOrShareTheseScenarios()
    {
        var (_, one, two) = await TwoScenariosAsync();
        var (b, _) = await Accounts.SignedInAsync(_factory, "ben@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/consultant/compare/share?ids={one}&ids={two}")).StatusCode);
        var token = (await Html.GetAsync(b, "/consultant/profile")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await b.PostAsync($"/consultant/compare/share?ids={one}&ids={two}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Days"] = "5" }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = _factory.NewDbContext();
        Assert.Empty(await db.ComparisonShareLinks.ToListAsync());
    }

    public void Dispose() => _factory.Dispose();
}
