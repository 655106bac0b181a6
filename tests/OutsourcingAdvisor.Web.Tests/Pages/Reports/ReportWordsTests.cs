using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Reports;

/// <summary>
/// Every kind of report, for owners in five countries, read as its owner reads it: every amount in the owner's
/// currency and the engagement's period, no range with equal ends, no amount with pence beside one without.
/// </summary>
public sealed class ReportWordsTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();
    private readonly HttpClient _client;

    public ReportWordsTests() => _client = _factory.CreatePlainClient();

    public void Dispose() => _factory.Dispose();

    /// <summary>An owner's country, its currency and the sign its amounts carry.</summary>
    public sealed record Owner(string Country, string Currency, string Sign);

    public static readonly Owner[] Owners =
    [
        new("GB", "GBP", "£"), new("DE", "EUR", "€"), new("US", "USD", "$"), new("JP", "JPY", "¥"), new("IN", "INR", "₹"),
    ];

    /// <summary>A kind of report: its answers, the period its cost must read in, and the periods it must not.</summary>
    public sealed record Kind(string Name, Dictionary<string, object> Answers, string CostPeriod, string[] NotPeriods);

    public static readonly Kind[] Kinds =
    [
        new("ongoing, by the hour", new() { ["taskType"] = "customer-support", ["skillLevel"] = "basic", ["engagement"] = "ongoing" }, " a month", [" in total", " a project"]),
        new("short-term", new() { ["taskType"] = "data-entry", ["skillLevel"] = "basic", ["engagement"] = "short-term" }, " a month", [" in total"]),
        new("one-off", new() { ["taskType"] = "website-redesign", ["skillLevel"] = "specialist", ["engagement"] = "one-off", ["scope"] = "single-task" }, " in total", [" a month", " a project"]),
        new("ongoing, a fee per project", new() { ["taskType"] = "logo-design", ["skillLevel"] = "specialist", ["engagement"] = "ongoing" }, " a project", [" in total"]),
        new("per unit", new() { ["taskType"] = "ocr-indexing", ["skillLevel"] = "basic", ["engagement"] = "ongoing", ["volume"] = 20000 }, " a month", [" in total"]),
        new("per employee", new() { ["taskType"] = "payroll", ["skillLevel"] = "intermediate", ["engagement"] = "ongoing", ["headcount"] = 40 }, " a month", [" in total"]),
        new("share of salary", new() { ["taskType"] = "recruitment", ["skillLevel"] = "specialist", ["engagement"] = "short-term" }, "% of the hire's first-year salary", [" in total"]),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var o in Owners) foreach (var k in Kinds) data.Add(o.Country, k.Name);
        return data;
    }

    // Every sign an amount may carry in this catalogue: a report must use its own currency's only.
    private static readonly string[] Signs = ["$", "€", "£", "¥", "₹", "A$", "C$", "NZ$", "S$", "HK$", "R$", "MX$", "CN¥", "₩", "₪", "₱", "฿", "₺", "zł", "Kč", "Ft", "lei"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryAmountIsInTheOwnersCurrencyAndTheEngagementsPeriod(string country, string kindName)
    {
        var owner = Owners.Single(o => o.Country == country);
        var kind = Kinds.Single(k => k.Name == kindName);
        var body = new Dictionary<string, object>(kind.Answers)
        {
            ["businessCountry"] = owner.Country, ["budgetCurrency"] = owner.Currency, ["location"] = "any",
            ["monthlyBudget"] = owner.Currency switch { "JPY" => 800000, "INR" => 400000, _ => 5000 },
        };
        if (owner.Country is "US") body["businessTimeZone"] = "America/Chicago";
        if ((string)kind.Answers["engagement"] == "one-off") body["totalBudget"] = owner.Currency switch { "JPY" => 1500000, "INR" => 800000, _ => 9000 };
        var response = await _client.PostAsJsonAsync("/api/assessments", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var page = await Html.GetAsync(_client, $"/reports/{id}");

        // The cost in short reads in the engagement's period, and never in another.
        var cost = page.QuerySelector(".in-short-list .cost")!.TextContent;
        Assert.Contains(kind.CostPeriod, cost);
        foreach (var wrong in kind.NotPeriods) Assert.DoesNotContain(wrong + ";", cost);

        // Every amount on the page (the sources' own titles aside) carries the owner's sign.
        var text = Visible(page);
        foreach (var sign in Signs.Where(s => s != owner.Sign && !owner.Sign.EndsWith(s) && !s.EndsWith(owner.Sign)))
            Assert.False(Regex.IsMatch(text, SignPattern(sign)), $"{country} {kindName}: an amount in {sign}: {Around(text, SignPattern(sign))}");
        Assert.Contains(owner.Sign, text);

        Assert.Empty(EqualEnds(text));
        Assert.Empty(MixedPrecision(text, owner.Sign));
        // Totals and monthly amounts are whole; pence only in unit prices.
        Assert.DoesNotMatch(Regex.Escape(owner.Sign) + @"[\d,]+\.\d+ (a month|in total)", text);
    }

    [Theory]
    [InlineData("GB", "Europe/London")]
    [InlineData("JP", "Asia/Tokyo")]
    [InlineData("US", "America/Los_Angeles")]
    public async Task TheSharedHoursInTheMainPartAreThoseOfTheBandsExampleCountries(string country, string zone)
    {
        var body = new Dictionary<string, object>
        {
            ["taskType"] = "customer-support", ["skillLevel"] = "basic", ["monthlyBudget"] = 5000, ["location"] = "any",
            ["businessCountry"] = country, ["businessTimeZone"] = zone,
        };
        var response = await _client.PostAsJsonAsync("/api/assessments", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var page = await Html.GetAsync(_client, $"/reports/{result.GetProperty("id").GetString()}");

        // The hours the appendix gives for each band's example countries, fewest to most.
        var expected = result.GetProperty("owner").GetProperty("bands").EnumerateArray().ToDictionary(
            b => b.GetProperty("band").GetString()!,
            b => b.GetProperty("examples").EnumerateArray().Select(e => e.GetProperty("sharedHours").GetDouble()).ToList());
        string Hours(List<double> h)
        {
            string Of(double x) => x.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
            return Of(h.Min()) == Of(h.Max()) ? Of(h.Min()) : $"{Of(h.Min())}–{Of(h.Max())}";
        }

        var rows = page.QuerySelectorAll(".locations-table tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            var band = row.QuerySelector("th")!.TextContent.Split(' ')[0].ToLowerInvariant();
            Assert.Equal($"{Hours(expected[band])} hours a day", row.QuerySelectorAll("td")[2].TextContent.Trim());
        }
        // An owner's own country shares the whole working day with it.
        Assert.Equal("8 hours a day", rows.Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Onshore")).QuerySelectorAll("td")[2].TextContent.Trim());
        var recommended = result.GetProperty("recommendation").GetProperty("location").GetString()!;
        Assert.Contains($"sharing {Hours(expected[recommended])} working hours a day with you", page.QuerySelector(".in-short-list .where")!.TextContent);
    }

    [Fact]
    public async Task TheChecksFindTheFaultsTheyLookFor()
    {
        // The checks above, on text that has each fault: they must fail on it.
        Assert.NotEmpty(EqualEnds("costs £11,829–£11,829 a month"));
        Assert.NotEmpty(EqualEnds("charges $5,000.00–$5,000.00 an hour"));
        Assert.Empty(EqualEnds("£1,200–£1,900 a month"));
        Assert.NotEmpty(MixedPrecision("£12.50–£20 an hour", "£"));
        Assert.Empty(MixedPrecision("£12.50–£20.00 an hour", "£"));
        Assert.Matches(SignPattern("$"), "about $3,000 a month");
        Assert.DoesNotMatch(SignPattern("$"), "about A$3,000 a month");
        await Task.CompletedTask;
    }

    /// <summary>The page's text a person reads, without the sources' titles (they are the sources' own words).</summary>
    private static string Visible(IHtmlDocument page)
    {
        foreach (var hidden in page.QuerySelectorAll("script, style, #sources").ToList()) hidden.Remove();
        return Regex.Replace(page.QuerySelector("main")!.TextContent, @"\s+", " ");
    }

    // A sign written before an amount ("$3,000", not "A$3,000"), or a suffix after one ("3,000 zł").
    private static string SignPattern(string sign) => char.IsLetter(sign[0])
        ? @"\d " + Regex.Escape(sign) + @"\b"
        : @"(?<![A-Za-z$¥])" + Regex.Escape(sign) + @"\d";

    private static IEnumerable<string> EqualEnds(string text) =>
        Regex.Matches(text, @"(\S*\d[\d,.]*\S*)–(\S*\d[\d,.]*\S*)").Where(m => m.Groups[1].Value == m.Groups[2].Value).Select(m => m.Value);

    private static IEnumerable<string> MixedPrecision(string text, string sign) =>
        Regex.Matches(text, Regex.Escape(sign) + @"([\d,]+(?:\.(\d+))?)–" + Regex.Escape(sign) + @"([\d,]+(?:\.(\d+))?)")
            .Where(m => m.Groups[2].Value.Length != m.Groups[4].Value.Length).Select(m => m.Value);

    private static string Around(string text, string pattern)
    {
        var m = Regex.Match(text, pattern);
        return m.Success ? text[Math.Max(0, m.Index - 80)..Math.Min(text.Length, m.Index + 40)] : "";
    }
}
