namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class WorkingHoursCriterionTests
{
    private static CriterionRun Run(TimeZoneOverlap? o, Coverage? c = null) =>
        CriterionRun.Of(new WorkingHoursCriterion(), Answers() with { TimeZoneOverlap = o, Coverage = c });

    [Fact]
    public void FullOverlapFavoursOnshoreAndCountsAgainstOffshore()
    {
        var run = Run(TimeZoneOverlap.Full);
        Assert.True(run.Points(LocationOption.Onshore) > run.Points(LocationOption.Nearshore));
        Assert.True(run.Points(LocationOption.Offshore) < 0);
    }

    [Fact]
    public void PartialOverlapFavoursNearshore()
    {
        var run = Run(TimeZoneOverlap.Partial);
        Assert.True(run.Points(LocationOption.Nearshore) > run.Points(LocationOption.Onshore));
    }

    [Fact]
    public void RoundTheClockCoverGivesOffshoreAnEdge() =>
        Assert.True(Run(null, Coverage.AroundTheClock).Points(LocationOption.Offshore) > 0);
}
