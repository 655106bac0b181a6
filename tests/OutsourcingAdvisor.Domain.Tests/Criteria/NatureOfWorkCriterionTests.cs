namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class NatureOfWorkCriterionTests
{
    private static CriterionRun Run(string task) => CriterionRun.Of(new NatureOfWorkCriterion(), Answers(task));

    [Fact]
    public void BpoOnlyWorkFavoursBpoStrongly()
    {
        var run = Run("data-entry");
        Assert.Equal(20, run.Points(ModelOption.Bpo));
        Assert.Equal(0, run.Points(ModelOption.Kpo));
    }

    [Fact]
    public void KpoOnlyWorkFavoursKpoStrongly()
    {
        var run = Run("patent-applications");
        Assert.Equal(20, run.Points(ModelOption.Kpo));
        Assert.Equal(0, run.Points(ModelOption.Bpo));
    }

    [Fact]
    public void WorkListedUnderBothGivesEachASlightPush()
    {
        var run = Run("marketing-services");
        Assert.Equal(5, run.Points(ModelOption.Bpo));
        Assert.Equal(5, run.Points(ModelOption.Kpo));
    }

    [Fact]
    public void ProjectWorkFavoursProjectOutsourcing()
    {
        var run = Run("website-redesign");
        Assert.Equal(20, run.Points(ModelOption.Project));
        Assert.Contains("doc-004", run.Reasons(ModelOption.Project).Select(r => r.Source));
    }
}
