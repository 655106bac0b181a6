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
    public void AHireTheBudgetCannotPayIsRuledOut()
    {
        // Customer service representatives' median wage $20.59 x 160 h x 1.423 (ECEC June 2025) = $4,688.
        var run = CriterionRun.Of(new BudgetCriterion(), Answers("customer-support", budget: 3000));
        Assert.True(run.Excluded(ModelOption.InHouse));
        Assert.False(CriterionRun.Of(new BudgetCriterion(), Answers("customer-support", budget: 4700)).Excluded(ModelOption.InHouse));
    }

    [Fact]
    public void FeePricedWorkGetsNoBudgetPerHour() =>
        Assert.Empty(CriterionRun.Of(new BudgetCriterion(), Answers("website-redesign", SkillLevel.Specialist, 100) with { Engagement = Engagement.OneOff, TotalBudget = 1_000_000 }).AllReasons);
}
