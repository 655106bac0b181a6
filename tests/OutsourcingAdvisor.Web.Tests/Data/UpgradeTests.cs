using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Data;

/// <summary>
/// A SQLite database written by the previous release (catalogue rows per version) upgrades in place: the SQLite
/// migrations kept their ids when they moved to their own project. (No PostgreSQL database predates this release.)
/// </summary>
[Trait("Provider", Only.Sqlite)]
public sealed class UpgradeTests : IDisposable
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "Data", "TestData");
    private readonly AdvisorFactory _factory;
    private readonly Dictionary<string, string> _storedResults = [];
    private readonly List<string> _storedHashes = [];

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
            reader.Close();
            command.CommandText = "SELECT ContentHash FROM CatalogueVersions ORDER BY Id";
            using var hashes = command.ExecuteReader();
            while (hashes.Read()) _storedHashes.Add(hashes.GetString(0));
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
        var hash1 = PageHash(await client.GetStringAsync($"/reports/{first}"));
        var hash2 = PageHash(await client.GetStringAsync($"/reports/{second}"));
        Assert.True(Expected("main-2026-11-report-1.html.sha256").Trim() == hash1, $"report 1's page now hashes to {hash1}");
        Assert.Equal(Expected("main-2026-11-report-1.csv"), await client.GetStringAsync($"/reports/{first}.csv"));
        Assert.True(Expected("main-2026-11-report-2.html.sha256").Trim() == hash2, $"report 2's page now hashes to {hash2}");
        Assert.Equal(Expected("main-2026-11-report-2.csv"), await client.GetStringAsync($"/reports/{second}.csv"));
    }

    [Fact]
    public async Task EachOldVersionBecomesOneDocumentWithItsRowsAndOnlyAChangedSeedIsImported()
    {
        var catalogue = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/api/catalogue")).RootElement;
        await using var db = _factory.NewDbContext();
        var versions = await db.CatalogueVersions.AsNoTracking().OrderBy(v => v.Id).ToListAsync();
        // The two old versions keep their labels and seed hashes. This release changed seed-data/ (issue 9's costs, issue 10's countries),
        // so exactly one version is imported on top of the second; an unchanged seed would import none (below).
        Assert.Equal(["1-333b8d58", "2-8deb2822"], versions.Take(2).Select(v => v.Label));
        Assert.Equal(_storedHashes, versions.Take(2).Select(v => v.ContentHash));
        Assert.Equal(3, versions.Count);
        Assert.Equal("seed", versions[2].Origin);
        Assert.NotNull(versions[2].Document.Countries);
        Assert.NotNull(versions[2].Document.Costs);
        Assert.Equal(versions[1].Id, versions[2].BasedOnVersionId);
        Assert.Equal(SeedReader.HashOf(SeedCopy.RepoSeedDirectory), versions[2].ContentHash);
        Assert.Equal(versions[2].Label, catalogue.GetProperty("version").GetString());
        Assert.Equal(32, versions[0].Document.Categories.Single(c => c.Slug == "customer-support").Price!.Max);
        Assert.Equal(30, versions[1].Document.Categories.Single(c => c.Slug == "customer-support").Price!.Max);

        // The upgraded document holds every field, with its value, of the document the previous release imported
        // from the same seed files (captured from that release); fields added since are empty.
        // (EF wrote decimals as "20.0", the seed says 20: the same number, so they are compared as numbers.)
        var previous = JsonNode.Parse(Expected("main-2026-11-document-2.json"))!;
        var upgraded = JsonNode.Parse(versions[1].Document.ToJson())!;
        Assert.Empty(Differences(previous, upgraded, "$"));

        // A second start on the upgraded database imports nothing.
        using (var again = new AdvisorFactory { DatabasePath = _factory.DatabasePath, Environment = "Production" })
        {
            again.CreateClient();
            await using var db2 = again.NewDbContext();
            Assert.Equal(3, await db2.CatalogueVersions.CountAsync());
        }
    }

    /// <summary>Where <paramref name="upgraded"/> lacks or changes something of <paramref name="previous"/>, or adds a non-empty field.</summary>
    private static IEnumerable<string> Differences(JsonNode? previous, JsonNode? upgraded, string path)
    {
        switch (previous)
        {
            case JsonObject o when upgraded is JsonObject u:
                foreach (var (key, value) in o)
                    if (!u.ContainsKey(key)) yield return $"{path}.{key} is missing";
                    else foreach (var d in Differences(value, u[key], $"{path}.{key}")) yield return d;
                foreach (var (key, value) in u)
                    if (!o.ContainsKey(key) && value is not null && !(value is JsonArray { Count: 0 }))
                        yield return $"{path}.{key} was added with a value: {value.ToJsonString()}";
                break;
            case JsonArray a when upgraded is JsonArray u:
                if (a.Count != u.Count) { yield return $"{path} has {u.Count} items, not {a.Count}"; break; }
                for (var i = 0; i < a.Count; i++)
                    foreach (var d in Differences(a[i], u[i], $"{path}[{i}]")) yield return d;
                break;
            case JsonValue v when upgraded is JsonValue u:
                var same = v.TryGetValue<decimal>(out var x) && u.TryGetValue<decimal>(out var y) ? x == y : JsonNode.DeepEquals(v, u);
                if (!same) yield return $"{path}: {u.ToJsonString()}, was {v.ToJsonString()}";
                break;
            case null when upgraded is null:
                break;
            default:
                yield return $"{path}: {upgraded?.ToJsonString() ?? "null"}, was {previous?.ToJsonString() ?? "null"}";
                break;
        }
    }

    public void Dispose() => _factory.Dispose();
}
