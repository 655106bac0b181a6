using System.Text.Json.Nodes;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using OutsourcingAdvisor.Domain.Scoring;
using static OutsourcingAdvisor.Domain.Tests.TestCatalogue;

namespace OutsourcingAdvisor.Domain.Tests.Catalogue;

/// <summary>The strengths and risks a report lists for the recommended model are the catalogue's, read from models.json.</summary>
public sealed class ModelGuidanceFromDataTests
{
    [Fact]
    public void EveryModelHasTheStrengthsAndRisksOfTheSeedFileInItsOrder()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedDirectory, "models.json")))!["models"]!.AsArray();
        Assert.Equal(Wire.NamesOf<ModelOption>().Order(), file.Select(m => (string)m!["key"]!).Order());
        foreach (var entry in file)
        {
            var model = Real.FindModel(Wire.Parse<ModelOption>((string)entry!["key"]!)!.Value)!;
            Assert.Equal(entry["strengths"]!.AsArray().Select(n => ((string)n!["text"]!, (string)n["source"]!)), model.Strengths.Select(n => (n.Text, n.Source)));
            Assert.Equal(entry["risks"]!.AsArray().Select(n => ((string)n!["text"]!, (string)n["source"]!)), model.Risks.Select(n => (n.Text, n.Source)));
            Assert.NotEmpty(model.Strengths);
            Assert.NotEmpty(model.Risks);
        }
    }

    [Fact]
    public void TheGuidanceListsWhatTheCatalogueSaysOfTheRecommendedModel()
    {
        var answers = Answers();
        var result = ScoringEngine.Assess(answers, Real);
        var model = result.Recommendation.Model;
        var changed = new AdvisorCatalogue("changed", Real.Document with
        {
            Models = [.. Real.Document.Models.Select(m => m.Key != model ? m : m with
            {
                Strengths = [new SourcedNote { Text = "A strength only this test names.", Source = "editorial" }],
                Risks = [new SourcedNote { Text = "A risk only this test names.", Source = "doc-003" }],
            })],
        });

        var g = AdviceGuidance.For(result, answers, changed);

        Assert.Equal([new SourcedText("A strength only this test names.", "editorial")], g.ModelStrengths);
        Assert.Equal([new SourcedText("A risk only this test names.", "doc-003")], g.ModelRisks);
        Assert.Equal(Real.FindModel(model)!.Strengths.Select(n => new SourcedText(n.Text, n.Source)), AdviceGuidance.For(result, answers, Real).ModelStrengths);
    }

    [Fact]
    public void ADocumentStoredBeforeModelsWereDataReadsWithNoneAndItsGuidanceListsNone()
    {
        var json = JsonNode.Parse(Real.Document.ToJson())!.AsObject();
        Assert.True(json.Remove("models"));
        var old = new AdvisorCatalogue("old", CatalogueDocument.FromJson(json.ToJsonString()));
        Assert.Empty(old.Document.Models);

        var answers = Answers();
        var g = AdviceGuidance.For(ScoringEngine.Assess(answers, old), answers, old);

        Assert.Empty(g.ModelStrengths);
        Assert.Empty(g.ModelRisks);
        Assert.NotEmpty(g.LocationStrengths);
        Assert.NotEmpty(g.FirstSteps);
    }

    public static TheoryData<string, string> BadEntries => new()
    {
        { "unknown-source", "seed-data/models.json, entry 'kpo' (#2), field 'risks[1].source': 'doc-999' is not a known source id" },
        { "unknown-key", "seed-data/models.json, entry 'franchise' (#1), field 'key': 'franchise' is not one of bpo, kpo, project, in-house" },
        { "duplicate-key", "seed-data/models.json, entry 'bpo' (#2), field 'key': 'bpo' appears more than once" },
        { "missing-model", "seed-data/models.json, field 'models': the file gives no entry for 'project'" },
        { "missing-text", "seed-data/models.json, entry 'bpo' (#1), field 'strengths[0].text': is missing" },
        { "no-risks", "seed-data/models.json, entry 'in-house' (#4), field 'risks': must list at least one" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public void ABadEntryStopsTheReadNamingTheFileTheEntryAndTheField(string problem, string expected)
    {
        var error = Assert.Throws<SeedDataException>(() => ReadSeedWith(models =>
        {
            JsonObject Model(string key) => models.Single(m => (string)m!["key"]! == key)!.AsObject();
            switch (problem)
            {
                case "unknown-source": Model("kpo")["risks"]![1]!["source"] = "doc-999"; break;
                case "unknown-key": Model("bpo")["key"] = "franchise"; break;
                case "duplicate-key": Model("kpo")["key"] = "bpo"; break;
                case "missing-model": models.Remove(Model("project")); break;
                case "missing-text": Model("bpo")["strengths"]![0]!.AsObject().Remove("text"); break;
                case "no-risks": Model("in-house")["risks"] = new JsonArray(); break;
            }
        }));
        Assert.Equal("models.json", error.File);
        Assert.Equal($"Seed data error in {expected}", error.Message);
    }

    [Fact]
    public void AMissingModelsFileStopsTheRead()
    {
        var dir = CopySeed();
        try
        {
            File.Delete(Path.Combine(dir.FullName, "models.json"));
            var error = Assert.Throws<SeedDataException>(() => SeedReader.Read(dir.FullName));
            Assert.StartsWith("Seed data error in seed-data/models.json: the file is missing", error.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static DirectoryInfo CopySeed()
    {
        var dir = Directory.CreateTempSubdirectory("models-");
        foreach (var f in Directory.GetFiles(SeedDirectory, "*.json")) File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
        return dir;
    }

    private static void ReadSeedWith(Action<JsonArray> change)
    {
        var dir = CopySeed();
        try
        {
            var path = Path.Combine(dir.FullName, "models.json");
            var file = JsonNode.Parse(File.ReadAllText(path))!;
            change(file["models"]!.AsArray());
            File.WriteAllText(path, file.ToJsonString());
            SeedReader.Read(dir.FullName);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
