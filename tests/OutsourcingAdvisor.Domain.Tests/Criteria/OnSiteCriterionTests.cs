namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class OnSiteCriterionTests
{
    [Fact]
    public void OnSitePresenceExcludesNearshoreAndOffshoreAndSaysWhy()
    {
        var run = CriterionRun.Of(new OnSiteCriterion(), Answers() with { OnSiteRequired = true });
        Assert.True(run.Excluded(LocationOption.Nearshore));
        Assert.True(run.Excluded(LocationOption.Offshore));
        Assert.False(run.Excluded(LocationOption.Onshore));
    }

    [Fact]
    public void NoOnSiteNeedExcludesNothing()
    {
        var run = CriterionRun.Of(new OnSiteCriterion(), Answers() with { OnSiteRequired = false });
        Assert.DoesNotContain(Enum.GetValues<LocationOption>(), run.Excluded);
    }
}
