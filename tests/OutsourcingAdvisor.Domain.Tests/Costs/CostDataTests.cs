using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using OutsourcingAdvisor.Domain.Costs;

namespace OutsourcingAdvisor.Domain.Tests.Costs;

/// <summary>The cost data in seed-data/costs.json, read through the real seed reader.</summary>
public sealed class CostDataTests
{
    private static readonly AdvisorCatalogue Catalogue = TestCatalogue.Real;
    private static CostBook Costs => Catalogue.Costs!;

    [Fact]
    public void EveryCategoryHasACostEntryWithAWageNamingItsSocCodeAndSource()
    {
        Assert.Equal(Catalogue.Categories.Select(c => c.Slug).Order(), Costs.Categories.Select(c => c.Slug).Order());
        foreach (var c in Costs.Categories)
        {
            Assert.True(c.Wage is not null, $"{c.Slug} has no wage");
            Assert.Matches(@"^\d\d-\d{4}", c.Wage!.Soc);
            Assert.NotNull(Catalogue.FindSource(c.Wage.Source));
        }
    }

    [Fact]
    public void EveryCategoryHasAProviderPriceOrAShareOfTheWage()
    {
        var unpriced = Costs.Categories.Where(c => c.Prices.Count == 0 && c.PercentBelowInHouse is null).Select(c => c.Slug).ToList();
        Assert.Empty(unpriced);
        Assert.All(Costs.Categories, c => Assert.Empty(c.Gaps));
    }

    [Fact]
    public void EveryReferenceBehindACostNamesItsPageAndPublisher()
    {
        var ids = Costs.Categories.SelectMany(c => c.Prices.Select(p => p.Source).Append(c.Wage!.Source)).Append(Costs.LoadedCost.Source).Distinct();
        foreach (var id in ids.Where(i => !i.StartsWith("doc-", StringComparison.Ordinal)))
        {
            var s = Catalogue.FindSource(id)!;
            Assert.StartsWith("http", s.Url);
            Assert.False(string.IsNullOrWhiteSpace(s.Publisher), id);
        }
    }

    [Fact]
    public void TheLoadedCostFactorIsTheEcecTotalOverWages()
    {
        Assert.Equal("June 2025", Costs.LoadedCost.Period);
        Assert.Equal(1.423m, Costs.LoadedCost.Factor);
    }

    [Fact]
    public void LegalWorkKeepsTheSourcesOwnIndianRatesInsteadOfScalingUsRates()
    {
        var legal = Costs.For("legal-process")!;
        var offshore = legal.Prices.Where(p => p.Band == "offshore").ToList();
        Assert.Contains(offshore, p => p is { Min: 60, Max: 60, ProviderCountry: "IN" });
        Assert.Contains(Costs.For("contract-review")!.Prices, p => p is { Band: "offshore", Min: 21, ProviderCountry: "IN" });
    }

    [Fact]
    public void ResearchCategoriesWithoutADirectPriceCarryDoc002sShareBelowTheWage()
    {
        foreach (var slug in new[] { "business-research", "financial-research", "investment-research" })
        {
            var c = Costs.For(slug)!;
            Assert.Equal(new PercentBelowInHouse(40, 60, "doc-002"), c.PercentBelowInHouse);
            Assert.NotNull(c.Wage);
        }
    }

    [Fact]
    public void ASecondaryOrProxyWageSaysSo()
    {
        Assert.All(Costs.Categories.Select(c => c.Wage!), w =>
        {
            if (w.Secondary) Assert.False(string.IsNullOrWhiteSpace(w.Via));
            if (w.Proxy) Assert.False(string.IsNullOrWhiteSpace(w.ProxyNote));
        });
    }

    [Fact]
    public void APriceAboveItsMaximumStopsTheImportNamingFileEntryAndField()
    {
        var dir = CopySeed();
        var path = Path.Combine(dir, "costs.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"min\": 22,\n          \"max\": 35,", "\"min\": 36,\n          \"max\": 35,"));
        var ex = Assert.Throws<SeedDataException>(() => SeedReader.Read(dir));
        Assert.Contains("costs.json", ex.Message);
        Assert.Contains("customer-support", ex.Message);
        Assert.Contains("prices[0].min", ex.Message);
    }

    [Fact]
    public void ACategoryWithoutACostEntryStopsTheImport()
    {
        var dir = CopySeed();
        var path = Path.Combine(dir, "costs.json");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("\"slug\": \"payroll\"", "\"slug\": \"not-a-category\""));
        var ex = Assert.Throws<SeedDataException>(() => SeedReader.Read(dir));
        Assert.Contains("not-a-category", ex.Message);
    }

    private static string CopySeed()
    {
        var dir = Path.Combine(Path.GetTempPath(), "costdata-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(TestCatalogue.SeedDirectory)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }
}
