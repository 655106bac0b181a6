using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Scoring;
using static OutsourcingAdvisor.Domain.Tests.TestCatalogue;

namespace OutsourcingAdvisor.Domain.Tests.Engine;

public sealed class ScoringEngineTests
{
    private static readonly AssessmentAnswers CallCentre = Answers() with
    {
        Coverage = Coverage.AroundTheClock, CustomerFacing = true, Scope = WorkScope.WholeProcess, Goal = Goal.CutCosts,
    };

    [Fact]
    public void RanksEveryModelAndLocationBestFirst()
    {
        var r = ScoringEngine.Assess(CallCentre, Real);
        Assert.Equal(["bpo", "in-house", "kpo", "project"], r.Models.Select(m => Wire.Name(m.Model)).Order());
        Assert.Equal(3, r.Locations.Count);
        Assert.True(r.Models.Zip(r.Models.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Equal(r.Models[0].Score - r.Models[1].Score, r.Lead, 1);
    }

    [Fact]
    public void EstimatesTheMonthlyCostFromThePriceRangeHoursAndLocation()
    {
        var r = ScoringEngine.Assess(CallCentre, Real);
        Assert.Equal("offshore", r.Recommendation.Location);
        // $20-30/h x 160 h x 0.3-0.6 offshore factor.
        Assert.Equal(960m, r.Cost.Low);
        Assert.Equal(2880m, r.Cost.High);
        Assert.True(r.Cost.WithinBudget);
        // BLS $15.53/h x 160 h x 1.25-1.4 on-costs.
        Assert.Equal(3106m, r.Cost.InHouseLow);
        Assert.Equal(3479m, r.Cost.InHouseHigh);
        Assert.Contains("ref-bls-2016", r.Cost.Sources);
        Assert.Equal(new MoneyRange(3200m, 4800m), r.Locations.Single(l => l.Location == "onshore").MonthlyCost);
    }

    [Fact]
    public void SaysSoInsteadOfInventingAPriceWhereTheCatalogueHasNone()
    {
        var r = ScoringEngine.Assess(Answers("patent-applications", SkillLevel.Expert, 9000), Real);
        Assert.Null(r.Cost.Low);
        Assert.Null(r.Cost.WithinBudget);
        Assert.Contains("no price", r.Cost.Note);
        Assert.All(r.Locations, l => Assert.Null(l.MonthlyCost));
    }

    [Fact]
    public void APercentageBelowInHouseWithoutAWageGivesNoDollarFigure()
    {
        var r = ScoringEngine.Assess(Answers("market-research", SkillLevel.Specialist, 9000), Real);
        Assert.Null(r.Cost.High);
        Assert.Contains("40–60% below", r.Cost.Note);
    }

    [Fact]
    public void WhatIfFindsTheAnswerThatWouldForceOnshore()
    {
        var r = ScoringEngine.Assess(CallCentre, Real);
        var onSite = Assert.Single(r.WhatIf, w => w.Field == "onSiteRequired");
        Assert.Equal("true", onSite.Value);
        Assert.Equal("onshore", onSite.Location);
        foreach (var w in r.WhatIf)
            Assert.True(w.Model != r.Recommendation.Model || w.Location != r.Recommendation.Location);
    }

    [Fact]
    public void AnExcludedPreferenceIsExplainedNotDropped()
    {
        var r = ScoringEngine.Assess(CallCentre with { Location = PreferredLocation.Offshore, OnSiteRequired = true }, Real);
        Assert.Equal("onshore", r.Recommendation.Location);
        Assert.NotNull(r.PreferenceNote);
        Assert.StartsWith("You asked for offshore delivery, but it is ruled out", r.PreferenceNote);
        var offshore = r.Locations.Single(l => l.Location == "offshore");
        Assert.True(offshore.Excluded);
        Assert.NotEmpty(offshore.Exclusions);
    }

    [Fact]
    public void APreferenceThatLosesOnPointsSaysWhy()
    {
        var r = ScoringEngine.Assess(CallCentre with { Location = PreferredLocation.Onshore, Goal = Goal.CutCosts }, Real);
        Assert.NotEqual("onshore", r.Recommendation.Location);
        Assert.Contains("You asked for onshore delivery; it ranks", r.PreferenceNote);
    }

    [Fact]
    public void ThePresetChangesTheWeightsItNames()
    {
        var balanced = ScoringEngine.Assess(CallCentre with { Preset = "balanced" }, Real);
        var cost = ScoringEngine.Assess(CallCentre with { Preset = "cost-first" }, Real);
        var offshorePoints = (AssessmentResult r) => r.Locations.Single(l => l.Location == "offshore").Reasons.Where(x => x.Criterion == "location-cost").Sum(x => x.Points);
        Assert.Equal(2 * offshorePoints(balanced), offshorePoints(cost));
        Assert.Equal("cost-first", cost.Preset);
    }

    [Fact]
    public void AnUnknownTaskTypeIsRefused() =>
        Assert.Throws<ArgumentException>(() => ScoringEngine.Assess(Answers("not-a-task"), Real));
}
