namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class BudgetFitCriterionTests
{
    [Fact]
    public void ComparesEachLocationsCostWithTheBudget()
    {
        // Customer service x 160 h: onshore $22-35/h direct = $3,520-5,600; nearshore $3-7/h direct = $480-1,120.
        var run = CriterionRun.Of(new BudgetFitCriterion(), Answers(budget: 3000));
        Assert.True(run.Points(LocationOption.Nearshore) > 0);
        Assert.True(run.Points(LocationOption.Onshore) < 0);
        Assert.Contains("$3,520–$5,600", Assert.Single(run.Reasons(LocationOption.Onshore)).Text);
    }

    [Fact]
    public void ABudgetBelowEvenTheLowEndCountsStronglyAgainst() =>
        Assert.Equal(-20, CriterionRun.Of(new BudgetFitCriterion(), Answers(budget: 500)).Points(LocationOption.Onshore));

    [Fact]
    public void SaysNothingWhereTheCatalogueHasNoPrice() =>
        Assert.Empty(CriterionRun.Of(new BudgetFitCriterion(), Answers("risk-management", SkillLevel.Expert), TestCatalogue.WithoutProviderPrices("risk-management")).AllReasons);

    [Fact]
    public void WhenNothingFitsTheCheapestLocationLosesLeast()
    {
        var run = CriterionRun.Of(new BudgetFitCriterion(), Answers(budget: 100));
        Assert.True(run.Points(LocationOption.Offshore) > run.Points(LocationOption.Nearshore));
        Assert.True(run.Points(LocationOption.Offshore) > run.Points(LocationOption.Onshore));
        Assert.Contains(run.Reasons(LocationOption.Offshore), r => r.Text.Contains("closest to fitting"));
    }

    [Fact]
    public void AOneOffProjectIsSetAgainstTheTotalBudget()
    {
        var run = CriterionRun.Of(new BudgetFitCriterion(), Answers("website-redesign", SkillLevel.Specialist, 100) with { Engagement = Engagement.OneOff, TotalBudget = 30000 });
        Assert.True(run.Points(LocationOption.Onshore) > 0);
        Assert.Contains("in total", Assert.Single(run.Reasons(LocationOption.Onshore)).Text);
    }
}
