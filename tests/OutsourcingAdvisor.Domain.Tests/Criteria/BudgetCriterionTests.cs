namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class BudgetCriterionTests
{
    [Fact]
    public void ATightBudgetPerHourCountsAgainstKpo()
    {
        var run = CriterionRun.Of(new BudgetCriterion(), Answers("analytics", SkillLevel.Expert, budget: 800));
        Assert.True(run.Points(ModelOption.Kpo) < 0);
        Assert.True(run.Points(ModelOption.Bpo) > 0);
    }

    [Fact]
    public void AnAmpleBudgetAllowsSpecialistRates() =>
        Assert.True(CriterionRun.Of(new BudgetCriterion(), Answers("analytics", SkillLevel.Expert, budget: 20_000)).Points(ModelOption.Kpo) > 0);

    [Fact]
    public void ABudgetBelowALoadedWageCountsAgainstHiring()
    {
        // Customer service wage $15.53 x 160 h x 1.25 = $3,106 at the least.
        var run = CriterionRun.Of(new BudgetCriterion(), Answers("customer-support", budget: 3000));
        Assert.True(run.Points(ModelOption.InHouse) < 0);
        Assert.Contains("ref-bls-2016", run.Reasons(ModelOption.InHouse).Select(r => r.Source));
        Assert.Equal(0, CriterionRun.Of(new BudgetCriterion(), Answers("customer-support", budget: 3200)).Points(ModelOption.InHouse));
    }
}
