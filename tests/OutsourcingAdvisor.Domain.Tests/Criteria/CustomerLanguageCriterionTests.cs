namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class CustomerLanguageCriterionTests
{
    [Fact]
    public void CustomerFacingWorkFavoursCloserLocations()
    {
        var run = CriterionRun.Of(new CustomerLanguageCriterion(), Answers() with { CustomerFacing = true });
        Assert.True(run.Points(LocationOption.Onshore) > run.Points(LocationOption.Nearshore));
        Assert.True(run.Points(LocationOption.Nearshore) > run.Points(LocationOption.Offshore));
    }

    [Fact]
    public void InternalWorkIgnoresLanguage() =>
        Assert.Empty(CriterionRun.Of(new CustomerLanguageCriterion(), Answers() with { CustomerFacing = false }).AllReasons);

    [Fact]
    public void FrontOfficeWorkLeftBlankCountsAsCustomerFacing()
    {
        var run = CriterionRun.Of(new CustomerLanguageCriterion(), Answers("telemarketing") with { CustomerFacing = null });
        Assert.True(run.Points(LocationOption.Onshore) > run.Points(LocationOption.Offshore));
    }

    [Fact]
    public void BackOfficeWorkLeftBlankIsNotCustomerFacing() =>
        Assert.Empty(CriterionRun.Of(new CustomerLanguageCriterion(), Answers("payroll") with { CustomerFacing = null }).AllReasons);
}
