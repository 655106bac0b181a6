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

    [Theory]
    [MemberData(nameof(Files))]
    public void GivesTheAdviceTheDocumentsMakeClear(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scenarios", "TestData", name + ".json")));
        var answers = ParseAnswers(doc.RootElement.GetProperty("answers"));
        var expect = doc.RootElement.GetProperty("expect");
        Assert.NotNull(TestCatalogue.Real.FindSource(doc.RootElement.GetProperty("source").GetString()));

        var result = ScoringEngine.Assess(answers, TestCatalogue.Real);

        foreach (var e in expect.EnumerateObject()) GoldenExpectations.Check(e.Name, e.Value.GetString(), result);
    }

    [Fact]
    public void ThereAreAtLeastTenScenarios() => Assert.True(Files().Count >= 10);

    [Fact]
    public void EveryScenarioCitesAKnownSourceAndNamesItsSituation()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Scenarios", "TestData"), "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            Assert.NotNull(TestCatalogue.Real.FindSource(doc.RootElement.GetProperty("source").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("situation").GetString()));
        }
    }

    public static AssessmentAnswers ParseAnswers(JsonElement a)
    {
        string? S(string f) => a.TryGetProperty(f, out var v) ? v.GetString() : null;
        bool? B(string f) => a.TryGetProperty(f, out var v) ? v.GetBoolean() : null;
        return new AssessmentAnswers
        {
            TaskType = S("taskType")!,
            SkillLevel = Wire.Parse<SkillLevel>(S("skillLevel")) ?? throw new InvalidDataException("skillLevel"),
            MonthlyBudget = a.GetProperty("monthlyBudget").GetDecimal(),
            Location = Wire.Parse<PreferredLocation>(S("location")) ?? PreferredLocation.Any,
            HoursPerMonth = a.TryGetProperty("hoursPerMonth", out var h) ? h.GetInt32() : AssessmentAnswers.DefaultHoursPerMonth,
            Goal = Wire.Parse<Goal>(S("goal")),
            Engagement = Wire.Parse<Engagement>(S("engagement")) ?? Engagement.Ongoing,
            Scope = Wire.Parse<WorkScope>(S("scope")),
            Reliance = Wire.Parse<Reliance>(S("reliance")),
            CustomerFacing = B("customerFacing"),
            Coverage = Wire.Parse<Coverage>(S("coverage")),
            TimeZoneOverlap = Wire.Parse<TimeZoneOverlap>(S("timeZoneOverlap")),
            DataSensitivity = Wire.Parse<DataSensitivity>(S("dataSensitivity")),
            OnSiteRequired = B("onSiteRequired"),
            Headcount = a.TryGetProperty("headcount", out var hc) ? hc.GetInt32() : null,
            TotalBudget = a.TryGetProperty("totalBudget", out var tb) ? tb.GetDecimal() : null,
            Volume = a.TryGetProperty("volume", out var vo) ? vo.GetInt32() : null,
        };
    }
}
