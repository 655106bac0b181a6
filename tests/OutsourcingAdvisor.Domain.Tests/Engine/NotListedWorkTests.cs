using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;
using static OutsourcingAdvisor.Domain.Tests.TestCatalogue;

namespace OutsourcingAdvisor.Domain.Tests.Engine;

public sealed class NotListedWorkTests
{
    private static readonly AssessmentAnswers Unlisted = Answers() with
    {
        TaskType = ServiceCategory.NotListed.Slug, SkillLevel = SkillLevel.Expert, Goal = Goal.GainExpertise,
    };

    [Fact]
    public void WorkNotInTheCatalogueIsAdvisedFromTheOtherAnswersWithoutAPrice()
    {
        var r = ScoringEngine.Assess(Unlisted, Real);
        var criteria = r.Models.SelectMany(m => m.Reasons).Concat(r.Locations.SelectMany(l => l.Reasons)).Select(x => x.Criterion).ToHashSet();
        Assert.DoesNotContain("nature-of-work", criteria);
        Assert.DoesNotContain("budget-fit", criteria);
        Assert.Contains("skill-level", criteria);
        Assert.Contains("goal", criteria);
        Assert.Null(r.Cost.Low);
        Assert.Null(r.Cost.InHouseLow);
        Assert.Equal(ModelOption.Kpo, r.Recommendation.Model);
    }

    [Fact]
    public void TheNotListedChoiceIsNoCatalogueEntry()
    {
        Assert.Null(Real.FindCategory(ServiceCategory.NotListed.Slug));
        Assert.Same(ServiceCategory.NotListed, Real.CategoryFor(ServiceCategory.NotListed.Slug));
        Assert.Null(Real.CategoryFor("no-such-work"));
    }
}
