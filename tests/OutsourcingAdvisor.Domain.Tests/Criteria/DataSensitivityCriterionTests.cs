namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class DataSensitivityCriterionTests
{
    [Fact]
    public void HighlySensitiveDataFavoursKeepingTheWorkInHouse()
    {
        var run = CriterionRun.Of(new DataSensitivityCriterion(), Answers() with { DataSensitivity = DataSensitivity.High });
        Assert.Equal(10, run.Points(ModelOption.InHouse));
        Assert.Equal("ref-ponemon-2018", Assert.Single(run.Reasons(ModelOption.InHouse)).Source);
    }

    [Fact]
    public void LowSensitivityChangesNothing() =>
        Assert.Empty(CriterionRun.Of(new DataSensitivityCriterion(), Answers() with { DataSensitivity = DataSensitivity.Low }).AllReasons);
}
