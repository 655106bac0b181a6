namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class BudgetFitCriterionTests
{
    [Fact]
    public void ComparesEachLocationsCostWithTheBudget()
    {
        // Customer service $20-30/h x 160 h: onshore $3,200-4,800, offshore x0.3-0.6 = $960-2,880.
        var run = CriterionRun.Of(new BudgetFitCriterion(), Answers(budget: 3000));
        Assert.True(run.Points(LocationOption.Offshore) > 0);
        Assert.True(run.Points(LocationOption.Onshore) < 0);
        Assert.Contains("$3,200–$4,800", Assert.Single(run.Reasons(LocationOption.Onshore)).Text);
    }

    [Fact]
    public void ABudgetBelowEvenTheLowEndCountsStronglyAgainst() =>
        Assert.Equal(-20, CriterionRun.Of(new BudgetFitCriterion(), Answers(budget: 500)).Points(LocationOption.Onshore));

    [Fact]
    public void SaysNothingWhereTheCatalogueHasNoPrice() =>
        Assert.Empty(CriterionRun.Of(new BudgetFitCriterion(), Answers("patent-applications", SkillLevel.Expert)).AllReasons);
}
