namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class GoalCriterionTests
{
    private static CriterionRun Run(Goal? goal) => CriterionRun.Of(new GoalCriterion(), Answers() with { Goal = goal });

    [Theory]
    [InlineData(Goal.CutCosts)]
    [InlineData(Goal.FreeUpTime)]
    [InlineData(Goal.Scale)]
    public void EfficiencyGoalsFavourBpo(Goal goal) =>
        Assert.True(Run(goal).Points(ModelOption.Bpo) > Run(goal).Points(ModelOption.Kpo));

    [Theory]
    [InlineData(Goal.GainExpertise)]
    [InlineData(Goal.ImproveQuality)]
    [InlineData(Goal.Innovate)]
    public void KnowledgeGoalsFavourKpo(Goal goal) =>
        Assert.True(Run(goal).Points(ModelOption.Kpo) > Run(goal).Points(ModelOption.Bpo));

    [Fact]
    public void NoGoalGivesNoPoints() => Assert.Empty(Run(null).AllReasons);

    [Fact]
    public void FreeingUpTimeAlsoFavoursAProject() => Assert.True(Run(Goal.FreeUpTime).Points(ModelOption.Project) > 0);

    [Fact]
    public void GainingExpertiseNeededAllTheTimeFavoursAHireOverKpo()
    {
        var run = CriterionRun.Of(new GoalCriterion(), Answers() with { Goal = Goal.GainExpertise, Reliance = Reliance.Continuous });
        Assert.True(run.Points(ModelOption.InHouse) > run.Points(ModelOption.Kpo));
    }
}
