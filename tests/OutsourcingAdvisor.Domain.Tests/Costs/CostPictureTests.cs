using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Costs;

namespace OutsourcingAdvisor.Domain.Tests.Costs;

public sealed class CostPictureTests
{
    private static CostPicture Picture(AssessmentAnswers a) => CostPicture.For(a, TestCatalogue.Real)!;

    [Fact]
    public void RoundTheClockSupportIsPricedFor730HoursNot160()
    {
        var business = Picture(Answers() with { Coverage = Coverage.BusinessHours });
        var allDay = Picture(Answers() with { Coverage = Coverage.AroundTheClock });
        Assert.Equal(730, allDay.CoveredHours);
        Assert.Equal(business.Bands[0].High * 730 / 160, allDay.Bands[0].High);
        Assert.True(allDay.InHouse > business.InHouse);
    }

    [Fact]
    public void AOneOffRedesignIsATotalSetAgainstTheTotalBudget()
    {
        var p = Picture(Answers("website-redesign", SkillLevel.Specialist, 500) with { Engagement = Engagement.OneOff, TotalBudget = 12000 });
        Assert.True(p.AgainstTotal);
        Assert.Equal(12000m, p.Budget);
        Assert.Equal(Fit.Partly, p.Bands[0].Check.Fit);
        Assert.Equal(2500m, p.Bands[0].Low);
    }

    [Fact]
    public void PayrollForMoreEmployeesCostsMore()
    {
        var ten = Picture(Answers("payroll", SkillLevel.Intermediate) with { Headcount = 10 });
        var hundred = Picture(Answers("payroll", SkillLevel.Intermediate) with { Headcount = 100 });
        Assert.Equal(ten.Bands[0].High * 10, hundred.Bands[0].High);
    }

    [Fact]
    public void ABudgetOfOneDollarFitsNothingAndSaysWhatWould()
    {
        var p = Picture(Answers(budget: 1));
        Assert.True(p.NothingFits);
        Assert.All(p.Bands, b => Assert.True(b.Check.SmallestBudget > 1));
    }

    [Fact]
    public void LegalResearchOffshoreUsesTheSourcesOwnIndianRate()
    {
        var p = Picture(Answers("legal-process", SkillLevel.Expert, 20000));
        var offshore = p.Bands.Single(b => b.Band == "offshore");
        Assert.Equal(PriceBasis.Direct, offshore.Price!.Basis);
        Assert.Equal(10m, offshore.Price.Low);
    }

    [Fact]
    public void AnLpoRecommendationNamesAnLpoSpecialistWithItsSource()
    {
        var p = Picture(Answers("contract-review", SkillLevel.Specialist, 20000));
        var advice = ProviderAdvice.For(ModelOption.Kpo, OutsourcingAdvisor.Domain.Catalogue.Specialization.Lpo, p.Bands[2], p.Category);
        Assert.Equal("lpo-specialist", advice.Kind);
        Assert.NotNull(advice.KindSource);
        Assert.Equal("hourly", advice.PricingModel);
        Assert.False(advice.GeneralGuidance);
    }

    [Fact]
    public void AHireIsYourOwnEmployeeOnASalary()
    {
        var p = Picture(Answers("analytics", SkillLevel.Specialist));
        var advice = ProviderAdvice.For(ModelOption.InHouse, null, null, p.Category);
        Assert.Equal("own-hire", advice.Kind);
        Assert.Equal(p.Category.Wage!.Source, advice.PricingSource);
    }
}
