namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class SkillLevelCriterionTests
{
    private static CriterionRun Run(SkillLevel level) => CriterionRun.Of(new SkillLevelCriterion(), Answers(skill: level));

    [Fact]
    public void BasicSkillsFavourBpoAndCountAgainstKpo()
    {
        var run = Run(SkillLevel.Basic);
        Assert.True(run.Points(ModelOption.Bpo) > 0);
        Assert.True(run.Points(ModelOption.Kpo) < 0);
    }

    [Fact]
    public void ExpertSkillsFavourKpoAndAHireOverBpo()
    {
        var run = Run(SkillLevel.Expert);
        Assert.True(run.Points(ModelOption.Kpo) > run.Points(ModelOption.InHouse));
        Assert.True(run.Points(ModelOption.InHouse) > 0);
        Assert.True(run.Points(ModelOption.Bpo) < 0);
    }

    [Fact]
    public void EachStepUpNeverHelpsBpoAgainstKpo()
    {
        var gaps = Enum.GetValues<SkillLevel>().Select(l => Run(l)).Select(r => r.Points(ModelOption.Bpo) - r.Points(ModelOption.Kpo)).ToList();
        for (var i = 1; i < gaps.Count; i++) Assert.True(gaps[i] < gaps[i - 1], $"step {i}: {gaps[i]} is not below {gaps[i - 1]}");
    }
}
