namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class CoverageCriterionTests
{
    [Fact]
    public void RoundTheClockSupportFavoursBpoContactCentres()
    {
        var run = CriterionRun.Of(new CoverageCriterion(), Answers() with { Coverage = Coverage.AroundTheClock });
        Assert.True(run.Points(ModelOption.Bpo) > 0);
        Assert.True(run.Points(ModelOption.InHouse) < 0);
    }

    [Fact]
    public void CustomerFacingFrontOfficeWorkAddsToBpo()
    {
        var run = CriterionRun.Of(new CoverageCriterion(), Answers("sales", SkillLevel.Intermediate) with { CustomerFacing = true });
        Assert.Equal(5, run.Points(ModelOption.Bpo));
    }

    [Fact]
    public void BackOfficeWorkGetsNothingForBeingCustomerFacing() =>
        Assert.Empty(CriterionRun.Of(new CoverageCriterion(), Answers("payroll") with { CustomerFacing = true }).AllReasons);
}
