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
        var open = r.Models.Where(m => !m.Excluded).ToList();
        Assert.True(open.Zip(open.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Equal(r.Models.Count(m => m.Excluded), r.Models.Reverse().TakeWhile(m => m.Excluded).Count());
        Assert.Equal(r.Models[0].Score - r.Models[1].Score, r.Lead, 1);
    }

    [Fact]
    public void EstimatesTheMonthlyCostFromThePriceRangeHoursAndLocation()
    {
        var r = ScoringEngine.Assess(CallCentre, Real);
        Assert.Equal(LocationOption.Offshore, r.Recommendation.Location);
        // Round the clock: one seat staffed 730 hours a month, at the sources' offshore $2-14 an hour.
        Assert.Equal(1460m, r.Cost.Low);
        Assert.Equal(10220m, r.Cost.High);
        Assert.Equal("partly", r.Cost.Fit);
        Assert.Equal("direct", r.Cost.Price!.Basis);
        // Median wage $20.59 x 730 h x 1.423 (ECEC total over wages).
        Assert.Equal(21389m, r.Cost.InHouseLow);
        Assert.Contains("ref-bls-ecec-2025-06", r.Cost.Sources);
        Assert.Equal(new MoneyRange(16060m, 25550m), r.Locations.Single(l => l.Location == LocationOption.Onshore).MonthlyCost);
    }

    [Fact]
    public void SaysSoInsteadOfInventingAPriceWhereTheCatalogueHasNone()
    {
        var r = ScoringEngine.Assess(Answers("risk-management", SkillLevel.Expert, 9000) with { Reliance = Reliance.Occasional }, TestCatalogue.WithoutProviderPrices("risk-management"));
        Assert.NotEqual(ModelOption.InHouse, r.Recommendation.Model);
        Assert.Null(r.Cost.Low);
        Assert.Null(r.Cost.WithinBudget);
        Assert.Contains("no estimate of the outside cost", r.Cost.Note);
        Assert.All(r.Locations, l => Assert.Null(l.MonthlyCost));
        Assert.NotNull(r.Cost.InHouseLow);
    }

    [Fact]
    public void ResearchPricedAsAShareBelowTheWageGetsADollarFigure()
    {
        var r = ScoringEngine.Assess(Answers("business-research", SkillLevel.Specialist, 9000) with { Reliance = Reliance.Occasional }, Real);
        Assert.Equal("share-of-wage", r.Cost.Price!.Basis);
        Assert.NotNull(r.Cost.High);
        Assert.Contains("40–60% below", r.Cost.Note);
    }

    [Fact]
    public void WhatIfFindsTheAnswerThatWouldForceOnshore()
    {
        var r = ScoringEngine.Assess(CallCentre, Real);
        var onSite = Assert.Single(r.WhatIf, w => w.Field == "onSiteRequired");
        Assert.Equal("true", onSite.Value);
        Assert.Equal(LocationOption.Onshore, onSite.Location);
        foreach (var w in r.WhatIf)
            Assert.True(w.Model != r.Recommendation.Model || w.Location != r.Recommendation.Location);
    }

    [Fact]
    public void AnExcludedPreferenceIsExplainedNotDropped()
    {
        var r = ScoringEngine.Assess(CallCentre with { Location = PreferredLocation.Offshore, OnSiteRequired = true }, Real);
        Assert.Equal(LocationOption.Onshore, r.Recommendation.Location);
        Assert.NotNull(r.PreferenceNote);
        Assert.StartsWith("You asked for offshore delivery, but it is ruled out", r.PreferenceNote);
        var offshore = r.Locations.Single(l => l.Location == LocationOption.Offshore);
        Assert.True(offshore.Excluded);
        Assert.NotEmpty(offshore.Exclusions);
    }

    [Fact]
    public void APreferenceThatLosesOnPointsSaysWhy()
    {
        var r = ScoringEngine.Assess(CallCentre with { Location = PreferredLocation.Onshore, Goal = Goal.CutCosts }, Real);
        Assert.NotEqual(LocationOption.Onshore, r.Recommendation.Location);
        Assert.Contains("You asked for onshore delivery; it ranks", r.PreferenceNote);
    }

    [Fact]
    public void ThePresetChangesTheWeightsItNames()
    {
        var balanced = ScoringEngine.Assess(CallCentre with { Preset = "balanced" }, Real);
        var cost = ScoringEngine.Assess(CallCentre with { Preset = "cost-first" }, Real);
        var offshorePoints = (AssessmentResult r) => r.Locations.Single(l => l.Location == LocationOption.Offshore).Reasons.Where(x => x.Criterion == "location-cost").Sum(x => x.Points);
        Assert.Equal(2 * offshorePoints(balanced), offshorePoints(cost));
        Assert.Equal("cost-first", cost.Preset);
    }

    [Fact]
    public void AnUnknownTaskTypeIsRefused() =>
        Assert.Throws<ArgumentException>(() => ScoringEngine.Assess(Answers("not-a-task"), Real));
}
