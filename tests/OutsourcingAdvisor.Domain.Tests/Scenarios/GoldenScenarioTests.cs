using System.Text.Json;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Tests.Scenarios;

/// <summary>Situations the source documents describe, each with the advice the documents make clear (TestData/*.json).</summary>
public sealed class GoldenScenarioTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Scenarios", "TestData"), "*.json").Order())
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    private static readonly string[] FileKeys = ["name", "situation", "source", "answers", "expect"];
    private static readonly string[] ExpectKeys = ["model", "specialization", "location"];

    [Theory]
    [MemberData(nameof(Files))]
    public void GivesTheAdviceTheDocumentsMakeClear(string name)
    {
        var scenario = Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scenarios", "TestData", name + ".json")));
        Assert.NotNull(TestCatalogue.Real.FindSource(scenario.Source));

        var result = ScoringEngine.Assess(scenario.Answers, TestCatalogue.Real);

        if (scenario.Expect.TryGetValue("model", out var model)) Assert.Equal(model, Wire.Name(result.Recommendation.Model));
        if (scenario.Expect.TryGetValue("specialization", out var spec)) Assert.Equal(spec, result.Recommendation.Specialization);
        if (scenario.Expect.TryGetValue("location", out var location)) Assert.Equal(location, result.Recommendation.Location);
    }

    [Fact]
    public void ThereAreAtLeastTenScenarios() => Assert.True(Files().Count >= 10);

    [Theory]
    [InlineData("""{"name":"x","situation":"x","source":"doc-000","answers":{"taskType":"data-entry","skillLevel":"basic","monthlyBudget":1000,"dataSensitivty":"high"},"expect":{"model":"bpo"}}""", "dataSensitivty")]
    [InlineData("""{"name":"x","situation":"x","source":"doc-000","answers":{"taskType":"data-entry","skillLevel":"basic","monthlyBudget":1000},"expect":{"modle":"bpo"}}""", "modle")]
    [InlineData("""{"name":"x","situation":"x","source":"doc-000","answer":{"taskType":"data-entry"},"expect":{"model":"bpo"}}""", "answer")]
    public void AMisspelledKeyFailsTheScenario(string json, string misspelled)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(json));
        Assert.Contains(misspelled, error.Message);
    }

    [Fact]
    public void AValueOffTheListFailsTheScenario()
    {
        var json = """{"name":"x","situation":"x","source":"doc-000","answers":{"taskType":"data-entry","skillLevel":"basic","monthlyBudget":1000,"location":"any","coverage":"24/7"},"expect":{"model":"bpo"}}""";
        Assert.Contains("coverage", Assert.Throws<InvalidDataException>(() => Read(json)).Message);
    }

    public sealed record Scenario(string Source, AssessmentAnswers Answers, IReadOnlyDictionary<string, string?> Expect);

    /// <summary>Reads a scenario strictly: every key must be known and every answer must pass its question's check.</summary>
    public static Scenario Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Known(root, FileKeys, "scenario");
        var expect = root.GetProperty("expect");
        Known(expect, ExpectKeys, "expect");
        return new Scenario(
            root.GetProperty("source").GetString()!,
            ParseAnswers(root.GetProperty("answers")),
            expect.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()));
    }

    /// <summary>Answers as the API takes them, checked and parsed by their question definitions.</summary>
    public static AssessmentAnswers ParseAnswers(JsonElement a)
    {
        Known(a, [.. Questions.All.Select(q => q.Wire)], "answers");
        var values = new Dictionary<Question, string?>();
        foreach (var q in Questions.All)
        {
            string? value = a.TryGetProperty(q.Wire, out var v) ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            } : null;
            if (q.Problem(value) is { } problem) throw new InvalidDataException($"{q.Wire}: {problem}");
            values[q] = value;
        }
        return Questions.Parse(q => values[q]);
    }

    private static void Known(JsonElement element, string[] keys, string where)
    {
        foreach (var p in element.EnumerateObject())
            if (!keys.Contains(p.Name))
                throw new InvalidDataException($"Unknown key \"{p.Name}\" in {where}; known keys: {string.Join(", ", keys)}.");
    }
}
