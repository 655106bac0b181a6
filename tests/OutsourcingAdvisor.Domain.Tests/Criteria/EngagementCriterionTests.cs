namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class EngagementCriterionTests
{
    private static CriterionRun Run(Engagement e, WorkScope? scope = null) =>
        CriterionRun.Of(new EngagementCriterion(), Answers() with { Engagement = e, Scope = scope });

    [Fact]
    public void OneOffWorkFavoursAProjectAndCountsAgainstAHire()
    {
        var run = Run(Engagement.OneOff);
        Assert.True(run.Points(ModelOption.Project) > 0);
        Assert.True(run.Points(ModelOption.InHouse) < 0);
    }

    [Fact]
    public void HandingOverAWholeProcessLongTermFavoursBpo()
    {
        var run = Run(Engagement.Ongoing, WorkScope.WholeProcess);
        Assert.Equal(25, run.Points(ModelOption.Bpo));
        Assert.True(run.Points(ModelOption.Project) < 0);
    }

    [Fact]
    public void ASingleTaskFavoursAProject() =>
        Assert.True(Run(Engagement.ShortTerm, WorkScope.SingleTask).Points(ModelOption.Project) >= 20);

    [Fact]
    public void ASingleTaskCountsAgainstBpoWhichTakesOverWholeProcesses() =>
        Assert.True(Run(Engagement.Ongoing, WorkScope.SingleTask).Points(ModelOption.Bpo) < 0);

    [Fact]
    public void ShortTermHelpCountsAgainstBpoWhichIsALongTermPartnership() =>
        Assert.True(Run(Engagement.ShortTerm).Points(ModelOption.Bpo) < 0);
}
