using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Data.Seed;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Data;

public sealed class SeedImportTests : IDisposable
{
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"advisor-seed-test-{Guid.NewGuid():N}.db");
    private readonly SeedCopy _seed = new();

    public static readonly string[] RequiredSlugs =
    [
        "customer-support", "technical-support", "it-help-desk", "data-entry", "data-conversion", "form-processing",
        "ocr-indexing", "bookkeeping-accounting", "payroll", "human-resources", "recruitment", "telemarketing",
        "order-processing", "back-office-transactions", "insurance-processing", "supply-chain-management", "sales",
        "lead-generation", "software-development", "it-infrastructure", "analytics", "data-visualization",
        "market-research", "business-research", "financial-research", "financial-modeling", "investment-research",
        "risk-management", "legal-process", "contract-review", "patent-applications", "regulatory-compliance",
        "engineering-design", "design-animation", "publishing", "marketing-services", "online-training",
        "research-development", "strategic-consulting", "website-redesign", "content-creation", "marketing-campaign",
        "logo-design",
    ];

    private AdvisorDbContext NewContext()
    {
        var db = new AdvisorDbContext(new DbContextOptionsBuilder<AdvisorDbContext>().UseSqlite($"Data Source={_dbPath};Pooling=False").Options);
        db.Database.Migrate();
        return db;
    }

    private async Task<(string Label, bool Imported)> ImportAsync()
    {
        await using var db = NewContext();
        return await new SeedImporter(db, TimeProvider.System, NullLogger<SeedImporter>.Instance).ImportAsync(_seed.Directory);
    }

    /// <summary>Every version's label and document, so a test can see that nothing changed at all.</summary>
    private string Snapshot()
    {
        using var db = NewContext();
        return string.Join("|", db.CatalogueVersions.AsNoTracking().OrderBy(v => v.Id).AsEnumerable().Select(v => $"{v.Label}:{v.Document.ToJson()}"));
    }

    private async Task<CatalogueDocument> CurrentDocumentAsync()
    {
        await using var db = NewContext();
        return (await CatalogueStore.LatestAsync(db))!.Document;
    }

    [Fact]
    public async Task ImportsEveryEntryOfEveryFile()
    {
        var (label, imported) = await ImportAsync();
        Assert.True(imported);
        await using var db = NewContext();
        int Count(string file, string list) => _seed.Read(file)[list]!.AsArray().Count;
        var version = await db.CatalogueVersions.SingleAsync();
        var document = version.Document;
        Assert.Equal(Count("categories.json", "categories"), document.Categories.Count);
        Assert.Equal(Count("sources.json", "sources"), document.Sources.Count);
        Assert.Equal(3, document.Locations.Count);
        Assert.Equal(Count("market-facts.json", "marketFacts"), document.MarketFacts.Count);
        Assert.Equal(3, document.Presets.Count);
        Assert.Equal(label, version.Label);
        Assert.Equal("seed", version.Origin);
        var slugs = document.Categories.Select(c => c.Slug).ToList();
        Assert.All(RequiredSlugs, s => Assert.Contains(s, slugs));
        Assert.Equal(5, document.Sources.Count(s => s.Kind == "document"));
    }

    [Theory]
    [InlineData("human-resources", 45, 1500, "month")]
    [InlineData("customer-support", 20, 30, "hour")]
    [InlineData("software-development", 40, 100, "hour")]
    [InlineData("market-research", 40, 60, "percent-below-in-house")]
    [InlineData("business-research", 40, 60, "percent-below-in-house")]
    public async Task KeepsTheDocumentsPriceRangesExactly(string slug, int min, int max, string unit)
    {
        await ImportAsync();
        var price = (await CurrentDocumentAsync()).Categories.Single(c => c.Slug == slug).Price!;
        Assert.Equal(min, price.Min);
        Assert.Equal(max, price.Max);
        Assert.Equal(unit, price.Unit);
        Assert.Equal("USD", price.Currency);
        Assert.Equal("document", price.Provenance);
        Assert.Equal(["doc-002"], price.Sources);
    }

    [Fact]
    public async Task DerivedRangesNameWhereTheyCameFrom()
    {
        await ImportAsync();
        var document = await CurrentDocumentAsync();
        var derived = document.Categories.Where(c => c.Price != null).ToList();
        Assert.Contains(derived, c => c.Price!.Provenance == "derived");
        Assert.All(derived.Where(c => c.Price!.Provenance == "derived"), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Price!.DerivedFrom));
            Assert.False(string.IsNullOrWhiteSpace(c.Price.Note));
        });
        Assert.Null(document.Categories.Single(c => c.Slug == "patent-applications").Price);
    }

    [Fact]
    public async Task ASecondImportOfTheSameFilesAddsNothing()
    {
        var first = await ImportAsync();
        var before = Snapshot();
        var second = await ImportAsync();
        Assert.False(second.Imported);
        Assert.Equal(first.Label, second.Label);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task AChangedSeedFileBecomesANewVersion()
    {
        var first = await ImportAsync();
        _seed.EditCategory("payroll", c => c["description"] = "Running every payroll cycle, deductions included.");
        var second = await ImportAsync();
        Assert.True(second.Imported);
        Assert.NotEqual(first.Label, second.Label);
        await using var db = NewContext();
        Assert.Equal(2, await db.CatalogueVersions.CountAsync());
        var latest = await CatalogueStore.LoadLatestAsync(db);
        Assert.Equal(second.Label, latest!.Version);
        Assert.Equal("Running every payroll cycle, deductions included.", latest.FindCategory("payroll")!.Description);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "malformed", "seed-data/categories.json: malformed JSON at line" },
        { "missing-field", "seed-data/categories.json, entry 'payroll' (#" },
        { "unknown-source", "field 'sources': 'doc-999' is not a known source id" },
        { "min-above-max", "field 'price.min': is 500, above max 100" },
        { "duplicate-slug", "field 'slug': 'payroll' appears more than once" },
        { "missing-file", "seed-data/locations.json: the file is missing" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFileStopsWithOneClearMessageAndChangesNothing(string problem, string expected)
    {
        await ImportAsync();
        var before = Snapshot();
        switch (problem)
        {
            case "malformed":
                _seed.WriteRaw("categories.json", "{ \"categories\": [ { \"slug\": \"x\", } ");
                break;
            case "missing-field":
                _seed.EditCategory("payroll", c => c.Remove("name"));
                break;
            case "unknown-source":
                _seed.EditCategory("payroll", c => c["sources"] = new JsonArray("doc-999"));
                break;
            case "min-above-max":
                _seed.EditCategory("payroll", c => { c["price"]!["min"] = 500; c["price"]!["max"] = 100; });
                break;
            case "duplicate-slug":
                _seed.EditCategory("data-entry", c => c["slug"] = "payroll");
                break;
            case "missing-file":
                File.Delete(Path.Combine(_seed.Directory, "locations.json"));
                break;
        }

        var error = await Assert.ThrowsAsync<SeedDataException>(ImportAsync);
        Assert.Contains(expected, error.Message);
        Assert.StartsWith("Seed data error in seed-data/", error.Message);
        Assert.DoesNotContain("\n", error.Message);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task AMissingFieldNamesTheFileTheEntryAndTheField()
    {
        _seed.EditCategory("payroll", c => c.Remove("name"));
        var error = await Assert.ThrowsAsync<SeedDataException>(ImportAsync);
        Assert.Equal("categories.json", error.File);
        Assert.StartsWith("'payroll'", error.Entry);
        Assert.Equal("name", error.Field);
        Assert.Equal("is missing", error.Problem);
    }

    public void Dispose()
    {
        _seed.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(_dbPath + suffix); } catch (IOException) { }
    }
}
