using System.Net;
using Microsoft.AspNetCore.Hosting;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Api;

/// <summary>
/// The API takes budgets in US dollars, as it always has, or in the currency <c>budgetCurrency</c> names; any
/// country of the table can be the business's, Japan included.
/// </summary>
public sealed class BudgetCurrencyApiTests : IClassFixture<BudgetCurrencyApiTests.App>
{
    /// <summary>The app with room for one submission per country within the minute (the production limit is 30).</summary>
    public sealed class RoomyFactory : AdvisorFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:SubmissionsPerMinute", "1000");
        }
    }

    public sealed class App : IDisposable
    {
        public AdvisorFactory Factory { get; } = new RoomyFactory();
        public HttpClient Client { get; }
        public App() => Client = Factory.CreateClient();
        public void Dispose() => Factory.Dispose();
    }

    private readonly App _app;

    public BudgetCurrencyApiTests(App app) => _app = app;

    private static JsonObject Support(string country, decimal budget, string? budgetCurrency) => new()
    {
        ["taskType"] = "customer-support", ["skillLevel"] = "basic", ["monthlyBudget"] = budget, ["location"] = "any",
        ["businessCountry"] = country, ["budgetCurrency"] = budgetCurrency,
    };

    private async Task<JsonObject> Assess(JsonObject body)
    {
        var response = await _app.Client.PostAsJsonAsync("/api/assessments", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task ABudgetInPoundsIsSetAgainstCostsAtTheReferenceRateAndReadsAsTyped()
    {
        var inPounds = await Assess(Support("GB", 3000, "GBP"));
        var inDollars = await Assess(Support("GB", 3000, null));
        // £3,000 is more than $3,000 at the catalogue's rate: the budget the engine set against the costs says so.
        var pounds = (decimal)inPounds["cost"]!["budget"]!;
        var dollars = (decimal)inDollars["cost"]!["budget"]!;
        Assert.Equal(3000m, dollars);
        Assert.Equal(Math.Round(3000m / (0.82608m / 1.0411m), 2), pounds); // the ECB rates of 28 February 2025 in countries.json
        Assert.Equal(3000m, (decimal)inPounds["owner"]!["money"]!["monthlyBudget"]!);
        Assert.Equal("GBP", (string?)inPounds["answers"]!["budgetCurrency"]);
        // A body without the field stores none: answers stored before it read as they were.
        Assert.False(inDollars["answers"]!.AsObject().ContainsKey("budgetCurrency"));

        var page = await Html.GetAsync(_app.Client, (string)inPounds["reportUrl"]!);
        Assert.Equal("£3,000 a month", page.QuerySelector(".cost-budget")!.TextContent.Trim());
    }

    [Fact]
    public async Task ACurrencyWithoutARateIsRefusedAndNothingIsStored()
    {
        await using var before = _app.Factory.NewDbContext();
        var count = before.Assessments.Count();
        var response = await _app.Client.PostAsJsonAsync("/api/assessments", Support("CO", 3000, "COP"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Contains("budgetCurrency", errors.Select(e => e.Key));
        await using var after = _app.Factory.NewDbContext();
        Assert.Equal(count, after.Assessments.Count());
    }

    [Fact]
    public async Task TheBudgetLimitIsTheValueOfTenMillionDollarsInAnyCurrency()
    {
        // 500 million yen is about 3.3 million dollars: within the limit, though the number is above ten million.
        await Assess(Support("JP", 500_000_000, "JPY"));
        var response = await _app.Client.PostAsJsonAsync("/api/assessments", Support("GB", 9_000_000, "GBP"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10,000,000 US dollars", await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string> EveryCountry()
    {
        var data = new TheoryData<string>();
        foreach (var c in SeedCopy.RepoCatalogue().Countries!.Countries) data.Add(c.Code);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCountry))]
    public async Task EveryCountryOfTheTableCanBeTheBusinesssAndGetsItsReport(string code)
    {
        var table = SeedCopy.RepoCatalogue().Countries!;
        var country = table.Find(code)!;
        var body = Support(code, 3000, null);
        if (country.TimeZones.Count > 1) body["businessTimeZone"] = country.MainTimeZone;
        var result = await Assess(body);
        Assert.Equal(code, (string?)result["owner"]!["country"]);
        // The report's currency is the country's own where the catalogue has a rate for it, else US dollars (and it says why).
        var currency = (string?)result["owner"]!["money"]!["currency"];
        Assert.Equal(table.Fx.Offers(country.Currency) ? country.Currency : "USD", currency);
        var page = await Html.GetAsync(_app.Client, (string)result["reportUrl"]!);
        Assert.Contains(country.Name, page.QuerySelector(".owner-country")!.TextContent);
    }
}
