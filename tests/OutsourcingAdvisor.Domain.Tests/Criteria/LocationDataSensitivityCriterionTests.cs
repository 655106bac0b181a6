namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class LocationDataSensitivityCriterionTests
{
    [Fact]
    public void RegulatedDataCountsMostAgainstOffshore()
    {
        var run = CriterionRun.Of(new LocationDataSensitivityCriterion(), Answers() with { DataSensitivity = DataSensitivity.High });
        Assert.True(run.Points(LocationOption.Offshore) < run.Points(LocationOption.Nearshore));
        Assert.True(run.Points(LocationOption.Nearshore) < run.Points(LocationOption.Onshore));
    }
}
