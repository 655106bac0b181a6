namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class PreferenceCriterionTests
{
    [Theory]
    [InlineData(PreferredLocation.Onshore, LocationOption.Onshore)]
    [InlineData(PreferredLocation.Nearshore, LocationOption.Nearshore)]
    [InlineData(PreferredLocation.Offshore, LocationOption.Offshore)]
    public void ThePreferredLocationGainsPoints(PreferredLocation preferred, LocationOption option)
    {
        var run = CriterionRun.Of(new PreferenceCriterion(), Answers() with { Location = preferred });
        Assert.Equal(10, run.Points(option));
        Assert.Single(run.AllReasons);
    }

    [Fact]
    public void AnyLocationGivesNoPoints() =>
        Assert.Empty(CriterionRun.Of(new PreferenceCriterion(), Answers() with { Location = PreferredLocation.Any }).AllReasons);
}
