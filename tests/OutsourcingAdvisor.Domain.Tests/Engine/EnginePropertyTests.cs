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
            Assert.Equal(r.Recommendation.Location, r.Locations[0].Location);
        }, iter: 500);

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
}
