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
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "OutsourcingAdvisor.sln"))) dir = dir.Parent;
        _catalogue = SeedReader.Read(Path.Combine(dir.FullName, "seed-data")).ToCatalogue("bench");
        // A benchmark of a run that fails would time nothing useful.
        if (ScoringEngine.Assess(CallCentre, _catalogue).WhatIf.Count == 0)
            throw new InvalidOperationException("The call-centre scenario should have what-if changes.");
    }

    [Benchmark(Description = "ScoringEngine: full assessment + what-if")]
    public AssessmentResult Engine() => ScoringEngine.Assess(CallCentre, _catalogue);
}
