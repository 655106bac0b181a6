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
        used.Add("editorial");
        Assert.DoesNotContain(Catalogue.Sources, s => !used.Contains(s.Id));
    }

    [Fact]
    public void TheFiveDocumentsAreAllSources()
    {
        var files = Directory.GetFiles(Path.Combine(TestCatalogue.RepoRoot, "..", "shared", "seeds")).Select(Path.GetFileName).Order().ToList();
        var documents = Catalogue.Sources.Where(s => s.Kind == SourceKinds.Document).Select(s => s.File).Order().ToList();
        if (files.Count > 0) Assert.Equal(files, documents);
        Assert.Equal(5, documents.Count);
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
