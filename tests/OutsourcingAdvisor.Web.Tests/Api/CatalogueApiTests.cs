using System.Net;
using System.Text.Json;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Api;

public sealed class CatalogueApiTests : IClassFixture<AdvisorFactory>
{
    private readonly AdvisorFactory _factory;

    public CatalogueApiTests(AdvisorFactory factory) => _factory = factory;

    private async Task<JsonElement> GetAsync()
    {
        var response = await _factory.CreateClient().GetAsync("/api/catalogue");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task ListsEveryCategoryWithItsFields()
    {
        var root = await GetAsync();
        var categories = root.GetProperty("categories").EnumerateArray().ToList();
        Assert.All(Data.SeedImportTests.RequiredSlugs, s => Assert.Contains(categories, c => c.GetProperty("slug").GetString() == s));
        foreach (var c in categories)
        {
            foreach (var field in new[] { "slug", "name", "models", "specialization", "office", "skillLevel", "price", "sources" })
                Assert.True(c.TryGetProperty(field, out _), $"{c.GetProperty("slug")} lacks {field}");
            Assert.All(c.GetProperty("models").EnumerateArray(), m => Assert.Contains(m.GetString(), new[] { "bpo", "kpo", "project", "it" }));
        }
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task ShowsPricesWithProvenanceAndNullWhereThereIsNone()
    {
        var categories = (await GetAsync()).GetProperty("categories").EnumerateArray().ToDictionary(c => c.GetProperty("slug").GetString()!);
        var hr = categories["human-resources"].GetProperty("price");
        Assert.Equal(45, hr.GetProperty("min").GetDecimal());
        Assert.Equal(1500, hr.GetProperty("max").GetDecimal());
        Assert.Equal("month", hr.GetProperty("unit").GetString());
        Assert.Equal("USD", hr.GetProperty("currency").GetString());
        Assert.Equal("document", hr.GetProperty("provenance").GetString());
        Assert.Equal("doc-002", hr.GetProperty("sources")[0].GetString());
        Assert.Equal(JsonValueKind.Null, categories["patent-applications"].GetProperty("price").ValueKind);
        Assert.Equal("lpo", categories["patent-applications"].GetProperty("specialization").GetString());
        var both = categories["software-development"].GetProperty("models").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains("bpo", both);
        Assert.Contains("kpo", both);
    }

    [Fact]
    public async Task ListsLocationsSourcesAndFlagsDoubtfulFacts()
    {
        var root = await GetAsync();
        Assert.Equal(["onshore", "nearshore", "offshore"], root.GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("key").GetString()));
        var sources = root.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(5, sources.Count(s => s.GetProperty("kind").GetString() == "document"));
        Assert.Contains(sources, s => s.GetProperty("id").GetString() == "ref-gsc-2024" && s.GetProperty("year").GetInt32() == 2024);
        var trillions = root.GetProperty("marketFacts").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "global-outsourcing-2019");
        Assert.True(trillions.GetProperty("doubtful").GetBoolean());
        Assert.Equal(92.5m, trillions.GetProperty("value").GetDecimal());
    }
}
