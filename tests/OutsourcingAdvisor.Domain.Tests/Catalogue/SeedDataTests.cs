using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Tests.Catalogue;

public sealed class SeedDataTests
{
    private static readonly AdvisorCatalogue Catalogue = TestCatalogue.Real;

    [Fact]
    public void EverySourceInTheCatalogueIsUsedByTheData()
    {
        var used = new HashSet<string>();
        foreach (var c in Catalogue.Categories)
        {
            used.UnionWith(c.Sources);
            if (c.Price is not null) used.UnionWith(c.Price.Sources);
            if (c.InHouseWage is not null) used.UnionWith(c.InHouseWage.Sources);
        }
        foreach (var l in Catalogue.Locations)
        {
            used.UnionWith(l.Sources);
            used.UnionWith(l.CostFactor.Sources);
            used.UnionWith(l.TimeZoneGapHours.Sources);
            used.UnionWith(l.Strengths.Concat(l.Risks).Select(n => n.Source));
        }
        used.UnionWith(Catalogue.MarketFacts.Select(f => f.Source));
        used.UnionWith(Catalogue.Thresholds.LoadedCostSources);
        var costs = Catalogue.Costs!;
        used.Add(costs.LoadedCost.Source);
        used.Add(costs.CoverHours.Source);
        foreach (var c in costs.Categories)
        {
            used.UnionWith(c.Prices.Select(p => p.Source));
            used.UnionWith(c.ProviderKinds.Concat(c.PricingModels).Select(k => k.Source));
            if (c.Wage is not null) used.Add(c.Wage.Source);
            if (c.PercentBelowInHouse is not null) used.Add(c.PercentBelowInHouse.Source);
        }
        used.Add("editorial");
        Assert.DoesNotContain(Catalogue.Sources, s => !used.Contains(s.Id));
    }

    /// <summary>
    /// The five source documents, as listed in the repository (source-documents.txt: id and file name). Tests never
    /// read the project folder beside the clone; .ci/run checks that same list against its seeds folder when it is there.
    /// </summary>
    [Fact]
    public void TheFiveDocumentsAreAllSources()
    {
        var listed = File.ReadAllLines(Path.Combine(TestCatalogue.RepoRoot, "tests", "OutsourcingAdvisor.Domain.Tests", "Catalogue", "source-documents.txt"))
            .Where(l => l.Trim().Length > 0).Select(l => l.Trim()).Order(StringComparer.Ordinal).ToList();
        var documents = Catalogue.Sources.Where(s => s.Kind == SourceKinds.Document)
            .Select(s => $"{s.Id} {s.File}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, listed.Count);
        Assert.Equal(listed, documents);
    }

    [Fact]
    public void EveryPresetWeighsOnlyCriteriaTheEngineHas()
    {
        foreach (var preset in Catalogue.Presets)
            Assert.Empty(CatalogueRules.CheckPreset(preset, ScoringEngine.CriterionIds));
    }

    [Fact]
    public void DoubtfulMarketFiguresAreKeptAndSayWhy()
    {
        var doubtful = Catalogue.MarketFacts.Where(f => f.Doubtful).ToList();
        Assert.Contains(doubtful, f => f.Id == "global-outsourcing-2019" && f.Value == 92.5m);
        Assert.All(doubtful, f => Assert.False(string.IsNullOrWhiteSpace(f.DoubtReason)));
    }
}
