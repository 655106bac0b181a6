using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Data;

/// <summary>A database written by the previous release (catalogue rows per version) upgrades in place.</summary>
public sealed class UpgradeTests : IDisposable
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "Data", "TestData");
    private readonly AdvisorFactory _factory;
    private readonly Dictionary<string, string> _storedResults = [];

    public UpgradeTests()
    {
        var path = Path.Combine(Path.GetTempPath(), $"advisor-upgrade-{Guid.NewGuid():N}.db");
        File.Copy(Path.Combine(TestData, "main-2026-11.db"), path);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Id, ResultJson FROM Assessments";
            using var reader = command.ExecuteReader();
            while (reader.Read()) _storedResults[reader.GetString(0)] = reader.GetString(1);
        }
        _factory = new AdvisorFactory { DatabasePath = path, Environment = "Production" };
    }

    private static string Expected(string file) => File.ReadAllText(Path.Combine(TestData, file));

    [Fact]
    public async Task StoredAssessmentsReadByteForByteAfterTheUpgrade()
    {
        var client = _factory.CreateClient();
        Assert.Equal(2, _storedResults.Count);
        foreach (var (id, json) in _storedResults)
            Assert.Equal(json, await client.GetStringAsync($"/api/assessments/{id}"));
    }

    [Fact]
    public async Task StoredReportPagesAndCsvReadAsThePreviousReleaseServedThem()
    {
        var client = _factory.CreateClient();
        // The old app ran from its build folder, where static files carry no ?v= hash; only that part is set aside.
        // The pages are kept as SHA-256 of their UTF-8 text: they quote source titles, which the repository keeps only in seed-data/.
        static string PageHash(string html) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(html, @"\?v=[A-Za-z0-9_-]+", ""))));
        var byVersion = _storedResults.ToDictionary(r => JsonDocument.Parse(r.Value).RootElement.GetProperty("catalogueVersion").GetString()!, r => r.Key);
        var first = byVersion.Single(v => v.Key.StartsWith("1-")).Value;
        var second = byVersion.Single(v => v.Key.StartsWith("2-")).Value;
        Assert.Equal(Expected("main-2026-11-report-1.html.sha256").Trim(), PageHash(await client.GetStringAsync($"/reports/{first}")));
        Assert.Equal(Expected("main-2026-11-report-1.csv"), await client.GetStringAsync($"/reports/{first}.csv"));
        Assert.Equal(Expected("main-2026-11-report-2.html.sha256").Trim(), PageHash(await client.GetStringAsync($"/reports/{second}")));
        Assert.Equal(Expected("main-2026-11-report-2.csv"), await client.GetStringAsync($"/reports/{second}.csv"));
    }

    [Fact]
    public async Task EachOldVersionBecomesOneDocumentWithItsRowsAndNoSeedIsReimported()
    {
        var catalogue = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/api/catalogue")).RootElement;
        await using var db = _factory.NewDbContext();
        var versions = await db.CatalogueVersions.AsNoTracking().OrderBy(v => v.Id).ToListAsync();
        Assert.Equal(["1-333b8d58", "2-8deb2822"], versions.Select(v => v.Label));
        Assert.Equal("2-8deb2822", catalogue.GetProperty("version").GetString());
        Assert.Equal(32, versions[0].Document.Categories.Single(c => c.Slug == "customer-support").Price!.Max);
        Assert.Equal(30, versions[1].Document.Categories.Single(c => c.Slug == "customer-support").Price!.Max);
        // The upgraded document holds what a fresh import of the same seed files holds, field for field.
        // (EF wrote decimals as "20.0", the seed says 20: the same number, so they are compared as JSON values.)
        var fresh = Domain.Catalogue.Seed.SeedReader.Read(SeedCopy.RepoSeedDirectory).Document;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(fresh.ToJson()), JsonNode.Parse(versions[1].Document.ToJson())),
            "the upgraded document differs from the seed it was imported from");
    }

    public void Dispose() => _factory.Dispose();
}
