using BenchmarkDotNet.Attributes;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using OutsourcingAdvisor.Domain.Scoring;

/// <summary>One full assessment with what-if: the engine against the same criteria as RulesEngine workflow rules.</summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private AdvisorCatalogue _catalogue = null!;
    private RulesEngineAdvisor _rules = null!;

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
        _rules = new RulesEngineAdvisor(_catalogue);
        // Both must agree before their speed is compared.
        var engine = ScoringEngine.Assess(CallCentre, _catalogue);
        var re = _rules.AssessAsync(CallCentre).GetAwaiter().GetResult();
        if (engine.Recommendation.Model != re.Model || engine.Recommendation.Location != re.Location || engine.WhatIf.Count != re.WhatIf)
            throw new InvalidOperationException($"RulesEngine disagrees: {re} vs {engine.Recommendation} with {engine.WhatIf.Count} what-ifs");
    }

    [Benchmark(Baseline = true, Description = "ScoringEngine: full assessment + what-if")]
    public AssessmentResult Engine() => ScoringEngine.Assess(CallCentre, _catalogue);

    [Benchmark(Description = "RulesEngine 6.0.1 workflow: same criteria + what-if")]
    public Task<(string, string, int)> RulesEngine() => _rules.AssessAsync(CallCentre);
}
