using BenchmarkDotNet.Attributes;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using OutsourcingAdvisor.Domain.Scoring;

/// <summary>One full assessment with what-if, the work behind every report.</summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private AdvisorCatalogue _catalogue = null!;

    private static readonly AssessmentAnswers CallCentre = new()
    {
        TaskType = "customer-support", SkillLevel = SkillLevel.Basic, MonthlyBudget = 4000, Coverage = Coverage.AroundTheClock,
        CustomerFacing = true, Scope = WorkScope.WholeProcess, Goal = Goal.CutCosts,
    };

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = BenchCatalogue.Load();
        // A benchmark of a run that fails would time nothing useful.
        if (ScoringEngine.Assess(CallCentre, _catalogue).WhatIf.Count == 0)
            throw new InvalidOperationException("The call-centre scenario should have what-if changes.");
    }

    private static readonly AssessmentAnswers CallCentreInLondon = CallCentre with { BusinessCountry = "GB" };

    [Benchmark(Description = "ScoringEngine: full assessment + what-if")]
    public AssessmentResult Engine() => ScoringEngine.Assess(CallCentre, _catalogue);

    [Benchmark(Description = "ScoringEngine: the same for a London business")]
    public AssessmentResult EngineForALondonOwner() => ScoringEngine.Assess(CallCentreInLondon, _catalogue);
}

/// <summary>
/// What one API submission builds before its write, for the body bench/load.sh posts, and its main parts: the
/// engine with and without the what-if re-runs, and the stored JSON alone.
/// </summary>
[MemoryDiagnoser]
public class SubmissionBenchmarks
{
    private AdvisorCatalogue _catalogue = null!;
    private AssessmentAnswers _answers = null!;
    private OutsourcingAdvisor.Web.Assessments.AssessmentResponse _response = null!;

    private static readonly OutsourcingAdvisor.Web.Assessments.AssessmentInput LoadScriptBody = new()
    {
        TaskType = "customer-support", SkillLevel = "basic", MonthlyBudget = 4000, Location = "any", Coverage = "24x7",
    };

    private static readonly DateTime Now = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = BenchCatalogue.Load();
        _answers = LoadScriptBody.ToAnswers() with { AssessedOn = DateOnly.FromDateTime(Now) };
        var (record, utf8) = Build();
        _response = OutsourcingAdvisor.Web.Assessments.AssessmentStorage.Read(record);
        // The same body as the load script's: a result with what-if changes and the owner's bands.
        var json = System.Text.Encoding.UTF8.GetString(utf8);
        if (!json.Contains("\"whatIf\":[{") || !json.Contains("\"bands\":[{"))
            throw new InvalidOperationException("The load script's body should give what-if changes and the owner's bands.");
    }

    [Benchmark(Description = "POST's build: engine, guidance, sources and stored JSON")]
    public (OutsourcingAdvisor.Web.Data.AssessmentRecord Record, byte[] Utf8Json) Build() =>
        OutsourcingAdvisor.Web.Assessments.AssessmentStorage.Build(_catalogue, LoadScriptBody, Now, owner: null, id: "bench-id");

    [Benchmark(Description = "its engine run with what-if")]
    public AssessmentResult Engine() => ScoringEngine.Assess(_answers, _catalogue);

    [Benchmark(Description = "its engine run without what-if")]
    public AssessmentResult EngineAlone() => ScoringEngine.Assess(_answers, _catalogue, whatIf: false);

    [Benchmark(Description = "its stored JSON alone")]
    public byte[] Json() => OutsourcingAdvisor.Web.Assessments.AssessmentStorage.Utf8Of(_response);
}

internal static class BenchCatalogue
{
    /// <summary>The repository's seed-data as a catalogue, found from the build output upwards.</summary>
    public static AdvisorCatalogue Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "OutsourcingAdvisor.sln"))) dir = dir.Parent;
        return SeedReader.Read(Path.Combine(dir.FullName, "seed-data")).ToCatalogue("bench");
    }
}
