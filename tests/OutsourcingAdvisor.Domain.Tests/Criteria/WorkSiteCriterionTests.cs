namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class WorkSiteCriterionTests
{
    [Fact]
    public void NeedingSomeoneOnSiteFavoursAHireOverRemoteKpo()
    {
        var run = CriterionRun.Of(new WorkSiteCriterion(), Answers() with { OnSiteRequired = true });
        Assert.True(run.Points(ModelOption.InHouse) > 0);
        Assert.True(run.Points(ModelOption.Kpo) < 0);
    }

    [Fact]
    public void RemoteWorkSuitsKpo() =>
        Assert.True(CriterionRun.Of(new WorkSiteCriterion(), Answers() with { OnSiteRequired = false }).Points(ModelOption.Kpo) > 0);
}
