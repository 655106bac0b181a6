using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Costs;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages;

/// <summary>
/// Every kind of page a person reads names things by their names: no source id, ISO country or currency code, IANA
/// time zone, wire value of an answer, role or option shows in its text. (The catalogue editor's forms and audit
/// trail, which edit those codes, are for admins and are not scanned; a report's own reference is its name.)
/// </summary>
public sealed class PlainWordsTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task NoPageShowsARawIdCodeZoneOrEnumValue()
    {
        var (consultant, _) = await Accounts.SignedInAsync(_factory, "ana@example.com", name: "Ana Reyes", firm: "Reyes Advisory");
        var clientId = await Accounts.AddClientAsync(consultant, "Corner Shop");
        var uk = await Accounts.AssessForClientAsync(consultant, clientId, business: QuestionnaireWalker.Business("GB", null));
        var de = await Accounts.AssessForClientAsync(consultant, clientId, business: QuestionnaireWalker.Business("DE", null),
            work: QuestionnaireWalker.Work(taskType: "website-redesign", engagement: "ongoing", scope: "single-task", goal: null));

        var shares = await Html.GetAsync(consultant, $"/consultant/assessments/{uk}/share");
        await Html.SubmitAsync(consultant, shares.Forms.Single(f => f.QuerySelector("#Days") is not null), new Dictionary<string, string> { ["Days"] = "14" });
        var shared = new Uri((await Html.GetAsync(consultant, $"/consultant/assessments/{uk}/share")).QuerySelector(".share-url")!.TextContent).PathAndQuery;

        var owner = new QuestionnaireWalker(_factory.CreatePlainClient());
        var workUrl = await owner.StartAsync(QuestionnaireWalker.Business("US", "America/Chicago"));
        var skillsUrl = await owner.NextAsync(workUrl, QuestionnaireWalker.Work(taskType: "payroll"));
        var locationUrl = await owner.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        var checkUrl = await owner.NextAsync(locationUrl, QuestionnaireWalker.Location());
        var ownersPages = new[] { "/", "/assessment", workUrl, skillsUrl, locationUrl, checkUrl };
        var ownersReport = await owner.NextAsync(checkUrl, new Dictionary<string, string>());

        var (admin, _) = await Accounts.SignedInAsync(_factory, "root@example.com", Roles.Admin);
        var pages = new List<(HttpClient Client, string Url)>();
        pages.AddRange(ownersPages.Select(u => (owner.Client, u)));
        pages.Add((owner.Client, ownersReport));
        pages.Add((owner.Client, "/catalogue"));
        pages.Add((owner.Client, "/catalogue/payroll"));
        pages.Add((owner.Client, "/account/signin"));
        pages.Add((_factory.CreatePlainClient(), shared));
        pages.AddRange(new[] { $"/reports/{uk}", $"/reports/{de}", "/consultant", $"/consultant/clients/{clientId}", $"/consultant/scenarios/{uk}",
            $"/consultant/compare?ids={uk}&ids={de}" }.Select(u => (consultant, u)));
        pages.Add((admin, "/admin"));

        var problems = new List<string>();
        foreach (var (client, url) in pages)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            var page = await Html.ParseAsync(response);
            problems.AddRange(RawWords(page).Select(p => $"{url}: {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheScanFindsEachKindOfRawWord()
    {
        // The scan, on text that holds each kind of raw word: it must find every one.
        foreach (var text in new[]
                 {
                     "Source: ref-ecb-fx-20250228", "[doc-003]", "Business country GB", "Report currency GBP", "Office time zone Europe/London",
                     "The lead is clear", "Basis: share-of-wage", "Unit: employee-month", "Kind: bpo-firm", "Role admin", "Status does-not-fit",
                 })
            Assert.NotEmpty(RawWordsIn(text, roles: text.StartsWith("Role")));
        Assert.Empty(RawWordsIn("Usually a BPO firm, charging per employee a month in US dollars: the United Kingdom, on London time.", roles: false));
    }

    private static IEnumerable<string> RawWords(IHtmlDocument page)
    {
        foreach (var hidden in page.QuerySelectorAll("script, style, .report-footer").ToList()) hidden.Remove();
        // Source lists print each source's own title and publisher ("… (30 OECD countries, USD PPP)", "Stats NZ"): only ids are looked for there.
        var sources = page.QuerySelectorAll("#sources, .country-sources").ToList();
        var inSources = string.Join(" ", sources.Select(s => s.TextContent));
        foreach (var list in sources) list.Remove();
        var text = Regex.Replace(page.Body!.TextContent, @"\s+", " ");
        var roles = page.QuerySelectorAll("[data-label=Role]").Select(e => e.TextContent.Trim()).ToList();
        return RawWordsIn(text, roles: false)
            .Concat(Patterns.Value[0].Matches(inSources).Select(m => $"'{m.Value}' in a source list"))
            .Concat(roles.Where(r => r is Roles.Admin or Roles.Consultant).Select(r => $"role '{r}'"));
    }

    private static readonly Lazy<Regex[]> Patterns = new(() =>
    {
        var catalogue = SeedCopy.RepoCatalogue();
        var countries = catalogue.Countries!;
        // Codes that are also plain English in capitals ("IT help desk", "US dollars") are checked where they stand alone.
        var countryCodes = countries.Countries.Select(c => c.Code).Where(c => c is not ("IT" or "US" or "IN"));
        var wireValues = new[]
            {
                Wire.NamesOf<TradeUnit>(), ["fits", "partly", "does-not-fit", "direct", "scaled", "unlocated", "share-of-wage", "same-share", "as-published", "unscaled"],
                ["bpo-firm", "kpo-specialist", "lpo-specialist", "rpo-provider", "offshore-captive", "payroll-provider", "consulting-firm", "own-hire",
                 "per-seat", "per-transaction", "per-employee-per-month", "fixed-price", "day-rate", "percent-of-salary"],
                ScoringEngine.CriterionIds.ToList(), catalogue.Categories.Select(c => c.Slug).ToList(),
            }.SelectMany(x => x).Where(v => v.Contains('-'))
            // Plain English compounds that happen to be ids too.
            .Except(["working-hours", "one-off"]).Distinct();
        return
        [
            new(@"\b(ref|doc)-[a-z0-9]+(-[a-z0-9]+)*\b"),
            new(@"\beditorial\b"),
            new($@"\b({string.Join("|", countryCodes)})\b(?!\$)"),
            new(@"(Business country|Country) (US|IN|IT)\b"),
            new($@"\b({string.Join("|", countries.Fx.Rates.Keys.Concat(countries.Countries.Select(c => c.Currency)).Distinct())})\b"),
            new(@"\b(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z][A-Za-z_]+"),
            new(@"\b(lead|strength) is (clear|moderate|close)\b"),
            new($@"(?<![\w/.-])({string.Join("|", wireValues.Select(Regex.Escape))})(?![\w/-])"),
        ];
    });

    private static IEnumerable<string> RawWordsIn(string text, bool roles)
    {
        foreach (var pattern in Patterns.Value)
            foreach (Match m in pattern.Matches(text))
                yield return $"'{m.Value}' in “…{text[Math.Max(0, m.Index - 60)..Math.Min(text.Length, m.Index + 40)]}…”";
        if (roles)
            foreach (Match m in Regex.Matches(text, @"\bRole (admin|consultant)\b"))
                yield return $"'{m.Value}'";
    }
}
