using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Api;

/// <summary>The app on a clock stopped at a chosen instant, so the assessment date is known to the test.</summary>
public sealed class ClockedFactory(DateTimeOffset now) : AdvisorFactory
{
    private sealed class Stopped(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new Stopped(now)));
    }
}

public sealed class BusinessLocationApiTests : IClassFixture<BusinessLocationApiTests.App>
{
    public sealed class App : IDisposable
    {
        public ClockedFactory Factory { get; } = new(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        public HttpClient Client { get; }
        public App() => Client = Factory.CreateClient();
        public void Dispose() => Factory.Dispose();
    }

    private static readonly string[] Europe = ["Western Europe", "Northern Europe", "Southern Europe", "Eastern Europe"];
    private readonly App _app;

    public BusinessLocationApiTests(App app) => _app = app;

    private static JsonObject Answers(string? country = null, string? zone = null, string? currency = null, string location = "nearshore",
        string? sensitivity = null)
    {
        var a = new JsonObject
        {
            ["taskType"] = "customer-support", ["skillLevel"] = "basic", ["monthlyBudget"] = 4000, ["location"] = location,
            ["scope"] = "whole-process", ["goal"] = "cut-costs",
        };
        if (country is not null) a["businessCountry"] = country;
        if (zone is not null) a["businessTimeZone"] = zone;
        if (currency is not null) a["currency"] = currency;
        if (sensitivity is not null) a["dataSensitivity"] = sensitivity;
        return a;
    }

    private async Task<JsonObject> Assess(JsonObject answers)
    {
        var response = await _app.Client.PostAsJsonAsync("/api/assessments", answers);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static JsonObject Band(JsonObject result, string band) =>
        result["owner"]!["bands"]!.AsArray().Select(b => b!.AsObject()).Single(b => (string?)b["band"] == band);

    private async Task<List<(string Code, string Region)>> Examples(JsonObject answers, string band)
    {
        var result = await Assess(answers);
        await using var db = _app.Factory.NewDbContext();
        var table = (await OutsourcingAdvisor.Web.Data.CatalogueStore.LoadLatestAsync(db))!.Countries!;
        return [.. Band(result, band)["examples"]!.AsArray().Select(e => (string)e!["code"]!).Select(c => (c, table.Find(c)!.Region))];
    }

    private async Task<int> Stored()
    {
        await using var db = _app.Factory.NewDbContext();
        return await db.Assessments.CountAsync();
    }

    [Fact]
    public async Task WithoutACountryTheUsIsAssumedAndTheResultSaysSo()
    {
        var owner = (await Assess(Answers()))["owner"]!;
        Assert.Equal("US", (string?)owner["country"]);
        Assert.True((bool)owner["assumed"]!);
        Assert.Contains("assumes a business in the United States", (string?)owner["note"]);
        Assert.Equal("USD", (string?)owner["money"]!["currency"]);
    }

    [Fact]
    public async Task TheAssessmentDateIsTheAppsClockDate()
    {
        var result = await Assess(Answers("GB"));
        Assert.Equal("2026-01-15", (string?)result["owner"]!["assessedOn"]);
        Assert.Contains(Band(result, "nearshore")["examples"]!.AsArray().SelectMany(e => e!["reasons"]!.AsArray()),
            r => ((string)r!["text"]!).Contains("15 January 2026"));
    }

    // Poland, Portugal and Romania are 0-2 hours from London; Mexico City is 6, so it is offshore for a UK business.
    [Fact]
    public async Task AUkOwnerGetsEuropeanNearshoreExamplesAndNeverMexico()
    {
        var examples = await Examples(Answers("GB"), "nearshore");
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Contains(e.Region, Europe));
        Assert.DoesNotContain(examples, e => e.Code == "MX");
    }

    [Fact]
    public async Task AUsOwnerGetsLatinAmericanNearshoreExamples()
    {
        var examples = await Examples(Answers("US", "America/New_York"), "nearshore");
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Equal("Latin America", e.Region));
    }

    // Sydney's nearshore: New Zealand (same region) and the countries within 3 hours all year (Manila, Singapore,
    // Kuala Lumpur, Shanghai); never India or Europe.
    [Fact]
    public async Task AnAustraliansOwnersNearshoreLiesInItsOwnRegion()
    {
        var examples = await Examples(Answers("AU", "Australia/Sydney"), "nearshore");
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Contains(e.Region, new[] { "Oceania", "Southeast Asia", "East Asia" }));
    }

    [Fact]
    public async Task AGermanOwnerWithRegulatedDataIsSteeredToCountriesOnTheAdequacyListOrToldTheSafeguards()
    {
        var result = await Assess(Answers("DE", sensitivity: "high", location: "any"));
        foreach (var band in new[] { "nearshore", "offshore" })
            foreach (var e in Band(result, band)["examples"]!.AsArray())
            {
                var data = e!["reasons"]!.AsArray().Single(r => (string?)r!["criterion"] == "data")!;
                var text = (string)data["text"]!;
                Assert.True((double)data["points"]! > 0 || text.Contains("standard contractual clauses"), $"{e["code"]}: {text}");
            }
        Assert.All(Band(result, "nearshore")["examples"]!.AsArray(),
            e => Assert.True((double)e!["reasons"]!.AsArray().Single(r => (string?)r!["criterion"] == "data")!["points"]! > 0));
    }

    [Fact]
    public async Task MoneyIsShownInTheOwnersCurrencyWithTheDatedRate()
    {
        var money = (await Assess(Answers("GB")))["owner"]!["money"]!;
        Assert.Equal("GBP", (string?)money["currency"]);
        Assert.Equal("2025-02-28", (string?)money["rateDate"]);
        Assert.Equal(Math.Round(4000m * 0.82608m / 1.0411m, 2), (decimal)money["monthlyBudget"]!);
    }

    [Fact]
    public async Task AChosenCurrencyOverridesTheCountrysOwn() =>
        Assert.Equal("EUR", (string?)(await Assess(Answers("GB", currency: "EUR")))["owner"]!["money"]!["currency"]);

    [Fact]
    public async Task AUkOwnersOnshorePricesAreScaledByTheSourcedWageRatio()
    {
        var onshore = (await Assess(Answers("GB")))["owner"]!["onshore"]!;
        Assert.True((bool)onshore["scaled"]!);
        Assert.Equal(Math.Round(53985m / 77463m, 3), (decimal)onshore["factor"]!);
        Assert.Contains("2022", (string?)onshore["explanation"]);
    }

    [Theory]
    [InlineData("""{"businessCountry":"XX"}""", "businessCountry")]
    [InlineData("""{"businessCountry":"GBR"}""", "businessCountry")]
    [InlineData("""{"businessCountry":"US","businessTimeZone":"America/Atlantis"}""", "businessTimeZone")]
    [InlineData("""{"businessCountry":"US","businessTimeZone":"Europe/London"}""", "businessTimeZone")]
    [InlineData("""{"businessCountry":"GB","currency":"XYZ"}""", "currency")]
    [InlineData("""{"businessCountry":"VN","currency":"VND"}""", "currency")]
    public async Task AnUnknownCountryTimeZoneOrCurrencyIsAFieldErrorAndNothingIsStored(string extra, string field)
    {
        var body = Answers();
        foreach (var (k, v) in JsonNode.Parse(extra)!.AsObject()) body[k] = v?.DeepClone();
        var before = await Stored();
        var response = await _app.Client.PostAsJsonAsync("/api/assessments", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), errors.ToString());
        Assert.NotEmpty(messages[0].GetString()!);
        Assert.Equal(before, await Stored());
    }

    [Fact]
    public async Task ACountryWithoutARateShowsDollarsAndSaysWhy()
    {
        var money = (await Assess(Answers("CO")))["owner"]!["money"]!;
        Assert.Equal("USD", (string?)money["currency"]);
        Assert.Contains("Colombian peso", (string?)money["note"]);
    }
}
