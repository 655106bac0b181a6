using System.Net;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace OutsourcingAdvisor.Web.Tests.Pages.Catalogue;

public sealed class CataloguePageTests : IClassFixture<AdvisorFactory>
{
    private readonly AdvisorFactory _factory;

    public CataloguePageTests(AdvisorFactory factory) => _factory = factory;

    private AdvisorCatalogue Catalogue
    {
        get
        {
            _factory.CreateClient();
            return _factory.Services.GetRequiredService<CatalogueStore>().Current;
        }
    }

    [Fact]
    public async Task ListsEveryCategoryUnderEachOfItsModels()
    {
        var page = await Html.GetAsync(_factory.CreateClient(), "/catalogue");
        foreach (var category in Catalogue.Categories)
            foreach (var model in category.Models)
            {
                var group = page.QuerySelector($"#group-{model}")?.ParentElement;
                Assert.NotNull(group);
                Assert.Contains(group!.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/catalogue/{category.Slug}");
            }
    }

    [Fact]
    public async Task ShowsThePriceRangeAndItsProvenance()
    {
        var page = await Html.GetAsync(_factory.CreateClient(), "/catalogue");
        var row = page.QuerySelectorAll("tr").Single(r => r.QuerySelector("a")?.GetAttribute("href") == "/catalogue/human-resources");
        Assert.Contains("$45–$1,500 a month", row.TextContent);
        Assert.Contains("stated in the source documents", row.TextContent);
        Assert.NotNull(row.QuerySelector("a.source-ref[href='#source-doc-002']"));
        var none = page.QuerySelectorAll("tr").First(r => r.QuerySelector("a")?.GetAttribute("href") == "/catalogue/patent-applications");
        Assert.Contains("No price", none.TextContent);
    }

    [Fact]
    public async Task EveryCategoryHasItsOwnPage()
    {
        var client = _factory.CreateClient();
        foreach (var category in Catalogue.Categories)
        {
            var page = await Html.GetAsync(client, $"/catalogue/{category.Slug}");
            Assert.Equal(category.Name, page.QuerySelector("h1")!.TextContent);
            Assert.Contains(category.Description, page.Body!.TextContent);
        }
    }

    [Fact]
    public async Task AnUnknownCategoryIsAFriendly404()
    {
        var response = await _factory.CreateClient().GetAsync("/catalogue/no-such-work");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }
}

public sealed class CataloguePageCountryTests : IDisposable
{
    private readonly OutsourcingAdvisor.Web.Tests.Infrastructure.AdvisorFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheCataloguePageDescribesTheCountriesTheNearshoreRuleAndTheirSources()
    {
        var page = await OutsourcingAdvisor.Web.Tests.Infrastructure.Html.GetAsync(_factory.CreateClient(), "/catalogue");
        Assert.True(page.QuerySelectorAll(".countries-table tbody tr").Length >= 30);
        Assert.Contains("at most 3 hours", page.QuerySelector(".nearshore-rule")!.TextContent);
        Assert.Contains("2022", page.QuerySelector(".wage-ratio")!.TextContent);
        Assert.Contains("no dated rate", page.QuerySelector("tr[data-country='VN']")!.TextContent);
        Assert.NotNull(page.QuerySelector(".country-sources a[href^='https://']"));
    }
}
