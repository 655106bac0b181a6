namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class LocationCostCriterionTests
{
    [Fact]
    public void OffshoreIsCheapestThenNearshore()
    {
        var run = CriterionRun.Of(new LocationCostCriterion(), Answers());
        Assert.True(run.Points(LocationOption.Offshore) > run.Points(LocationOption.Nearshore));
        Assert.True(run.Points(LocationOption.Nearshore) > run.Points(LocationOption.Onshore));
        Assert.Contains("30%–60%", Assert.Single(run.Reasons(LocationOption.Offshore)).Text);
    }

    [Fact]
    public void ASavingsGoalDoublesThePush() =>
        Assert.Equal(2 * CriterionRun.Of(new LocationCostCriterion(), Answers()).Points(LocationOption.Offshore),
            CriterionRun.Of(new LocationCostCriterion(), Answers() with { Goal = Goal.CutCosts }).Points(LocationOption.Offshore));
}
