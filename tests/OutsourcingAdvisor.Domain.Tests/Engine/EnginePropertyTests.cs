using System.Text.Json;
using CsCheck;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Tests.Engine;

public sealed class EnginePropertyTests
{
    private static readonly Domain.Catalogue.AdvisorCatalogue Catalogue = TestCatalogue.Real;

    [Fact]
    public void ScoresStayBetweenZeroAndAHundred() =>
        AnswerGen.Answers.Sample(a =>
        {
            var r = ScoringEngine.Assess(a, Catalogue, whatIf: false);
            Assert.All(r.Models, m => Assert.InRange(m.Score, 0, 100));
            Assert.All(r.Locations, l => Assert.InRange(l.Score, 0, 100));
        }, iter: 500);

    [Fact]
    public void TheSameAnswersGiveTheSameResultByteForByte() =>
        AnswerGen.Answers.Sample(a =>
            Assert.Equal(JsonSerializer.Serialize(ScoringEngine.Assess(a, Catalogue)), JsonSerializer.Serialize(ScoringEngine.Assess(a, Catalogue))),
            iter: 100);

    [Fact]
    public void RaisingTheSkillLevelNeverMakesBpoGainOnKpo() =>
        AnswerGen.Answers.Sample(a =>
        {
            double Gap(SkillLevel s)
            {
                var r = ScoringEngine.Assess(a with { SkillLevel = s }, Catalogue, whatIf: false);
                return r.Models.Single(m => m.Model == ModelOption.Bpo).Score - r.Models.Single(m => m.Model == ModelOption.Kpo).Score;
            }
            var gaps = Enum.GetValues<SkillLevel>().Select(Gap).ToList();
            for (var i = 1; i < gaps.Count; i++) Assert.True(gaps[i] <= gaps[i - 1], $"BPO-KPO gap rose from {gaps[i - 1]} to {gaps[i]}");
        }, iter: 300);

    [Fact]
    public void AnExcludedLocationIsNeverRecommended() =>
        AnswerGen.Answers.Sample(a =>
        {
            var r = ScoringEngine.Assess(a, Catalogue, whatIf: false);
            Assert.False(r.Locations.Single(l => l.Location == r.Recommendation.Location).Excluded);
            Assert.Equal(r.Recommendation.Model == ModelOption.InHouse ? LocationOption.Onshore : r.Locations[0].Location, r.Recommendation.Location);
        }, iter: 500);

    [Fact]
    public void AHireIsAlwaysOnshoreWithTheOutsourcedAlternativeBeside() =>
        AnswerGen.Answers.Sample(a =>
        {
            var r = ScoringEngine.Assess(a, Catalogue, whatIf: false);
            if (r.Recommendation.Model != ModelOption.InHouse) return;
            Assert.Equal(LocationOption.Onshore, r.Recommendation.Location);
            Assert.NotNull(r.Alternative);
        }, iter: 500);

    [Fact]
    public void AdviceTheBudgetCannotCoverIsNeverAClearLeadAndSaysSoFirst() =>
        AnswerGen.Answers.Sample(a =>
        {
            var r = ScoringEngine.Assess(a, Catalogue, whatIf: false);
            if (r.Cost.Fit != "does-not-fit") return;
            Assert.NotEqual(LeadStrength.Clear, r.LeadStrength);
            Assert.Equal("budget-covers-nothing", r.Warnings![0].Id);
        }, iter: 500);

    [Fact]
    public void AHireTheBudgetCannotPayIsNeverRecommended() =>
        AnswerGen.Answers.Sample(a =>
        {
            var r = ScoringEngine.Assess(a, Catalogue, whatIf: false);
            if (r.Recommendation.Model == ModelOption.InHouse) Assert.NotEqual("does-not-fit", r.Cost.InHouse?.Fit);
        }, iter: 500);

    [Fact]
    public void EngineeringWorkNeverGoesToBpo() =>
        AnswerGen.Answers.Sample(a =>
            Assert.NotEqual(ModelOption.Bpo, ScoringEngine.Assess(a with { TaskType = "engineering-design" }, Catalogue, whatIf: false).Recommendation.Model), iter: 300);

    [Fact]
    public void EveryScoreLineNamesASourceThatExists() =>
        AnswerGen.Answers.Sample(a =>
        {
            var r = ScoringEngine.Assess(a, Catalogue, whatIf: false);
            var reasons = r.Models.SelectMany(m => m.Reasons).Concat(r.Locations.SelectMany(l => l.Reasons.Concat(l.Exclusions)));
            Assert.All(reasons, x =>
            {
                Assert.NotNull(Catalogue.FindSource(x.Source));
                Assert.False(string.IsNullOrWhiteSpace(x.Text));
                Assert.Contains(x.Criterion, ScoringEngine.CriterionIds);
            });
            Assert.All(r.Cost.Sources, s => Assert.NotNull(Catalogue.FindSource(s)));
            var g = AdviceGuidance.For(r, a, Catalogue);
            Assert.All(g.ModelStrengths.Concat(g.ModelRisks).Concat(g.LocationStrengths).Concat(g.LocationRisks).Concat(g.FirstSteps),
                x => Assert.NotNull(Catalogue.FindSource(x.Source)));
            Assert.NotEmpty(g.FirstSteps);
        }, iter: 500);

    [Fact]
    public void EveryWhatIfReallyChangesTheAnswer() =>
        AnswerGen.Answers.Sample(a =>
        {
            var r = ScoringEngine.Assess(a, Catalogue);
            foreach (var change in r.WhatIf)
                Assert.True(change.Model != r.Recommendation.Model || change.Location != r.Recommendation.Location,
                    $"{change.Field}={change.Value} repeats the recommendation");
        }, iter: 100);

    [Fact]
    public void TheWhatIfShortcutPicksWhatTheFullRunRecommends() =>
        // The what-if re-runs use Decide (the winners only, without reasons or sorting): it must never disagree.
        AnswerGen.Answers.Sample(a =>
        {
            var r = ScoringEngine.Assess(a, Catalogue, whatIf: false);
            var (model, location) = ScoringEngine.Decide(a, Catalogue);
            Assert.Equal((r.Recommendation.Model, r.Recommendation.Location), (OptionNames.Models[model], Catalogue.Bands[location]));
        }, iter: 1000);
}
