namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class RelianceCriterionTests
{
    private static CriterionRun Run(string task, Reliance r) => CriterionRun.Of(new RelianceCriterion(), Answers(task) with { Reliance = r });

    [Fact]
    public void ContinuousRelianceOnExpertiseFavoursHiring()
    {
        var run = Run("analytics", Reliance.Continuous);
        Assert.Equal(20, run.Points(ModelOption.InHouse));
        Assert.True(run.Points(ModelOption.Kpo) < 0);
        Assert.All(run.Reasons(ModelOption.InHouse), r => Assert.Equal("doc-000", r.Source));
    }

    [Fact]
    public void ContinuousRoutineWorkSuitsALongTermBpoPartner()
    {
        var run = Run("data-entry", Reliance.Continuous);
        Assert.True(run.Points(ModelOption.Bpo) > 0);
        Assert.True(run.Points(ModelOption.InHouse) < 20);
    }

    [Fact]
    public void AnOccasionalNeedCountsAgainstAHire() =>
        Assert.True(Run("analytics", Reliance.Occasional).Points(ModelOption.InHouse) < 0);
}
