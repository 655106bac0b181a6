using System.Text.Json.Nodes;

namespace OutsourcingAdvisor.Web.Tests.Infrastructure;

/// <summary>A disposable copy of seed-data/ that a test can break or change.</summary>
public sealed class SeedCopy : IDisposable
{
    public SeedCopy()
    {
        Directory = Path.Combine(Path.GetTempPath(), $"advisor-seed-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in System.IO.Directory.GetFiles(RepoSeedDirectory, "*.json"))
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
    }

    public string Directory { get; }

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OutsourcingAdvisor.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("OutsourcingAdvisor.sln not found above the test folder.");
        }
    }

    public static string RepoSeedDirectory => Path.Combine(RepoRoot, "seed-data");

    private static readonly Lazy<Domain.Catalogue.AdvisorCatalogue> Catalogue =
        new(() => Domain.Catalogue.Seed.SeedContentExtensions.ToCatalogue(Domain.Catalogue.Seed.SeedReader.Read(RepoSeedDirectory), "test"));

    /// <summary>The catalogue of the repository's seed-data/, read once.</summary>
    public static Domain.Catalogue.AdvisorCatalogue RepoCatalogue() => Catalogue.Value;

    public JsonNode Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, file)))!;

    public void Write(string file, JsonNode node) => File.WriteAllText(Path.Combine(Directory, file), node.ToJsonString());

    public void WriteRaw(string file, string text) => File.WriteAllText(Path.Combine(Directory, file), text);

    /// <summary>Changes the category with this slug in categories.json.</summary>
    public void EditCategory(string slug, Action<JsonObject> edit)
    {
        var root = Read("categories.json");
        var category = root["categories"]!.AsArray().Single(c => (string?)c!["slug"] == slug)!.AsObject();
        edit(category);
        Write("categories.json", root);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
