using OutsourcingAdvisor.Domain.Countries;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

/// <summary>Onshore cost for owners outside the US, through the engine: a local figure where one exists, else scaled US prices.</summary>
public sealed class OnshoreCostTests
{
    private static OutsourcingAdvisor.Domain.Assessment.AssessmentAnswers Support(string country) =>
        TestCatalogue.Answers("customer-support", OutsourcingAdvisor.Domain.Assessment.SkillLevel.Basic, 4000) with { BusinessCountry = country, Location = OutsourcingAdvisor.Domain.Assessment.PreferredLocation.Onshore };

    private static LocationScore Onshore(AssessmentResult r) => r.Locations.Single(l => l.Location == LocationOption.Onshore);

    [Fact]
    public void AnOwnerInIndiaPaysIndianProvidersRatesOnshoreNotScaledUsOnes()
    {
        // costs.json prices customer support from India at $2-3 and $5-9 an hour (for a US buyer, offshore).
        var r = ScoringEngine.Assess(Support("IN"), TestCatalogue.Real, whatIf: false);
        Assert.Equal(new MoneyRange(2 * 160, 9 * 160), Onshore(r).MonthlyCost);
        Assert.Contains("are India's own, as the sources publish them", r.Owner!.Onshore.Explanation);
        Assert.False(r.Owner.Onshore.Scaled);
    }

    [Fact]
    public void AnOwnerInGermanyWithNoLocalFigurePaysUsPricesTimesTheWageRatio()
    {
        var us = ScoringEngine.Assess(Support("US"), TestCatalogue.Real, whatIf: false);
        var de = ScoringEngine.Assess(Support("DE"), TestCatalogue.Real, whatIf: false);
        var factor = de.Owner!.Onshore.Factor;
        Assert.True(de.Owner.Onshore.Scaled);
        Assert.NotEqual(1m, factor);
        var usCost = Onshore(us).MonthlyCost!;
        var deCost = Onshore(de).MonthlyCost!;
        // Unit prices are scaled (to the cent), then multiplied by the hours: within a dollar of the US cost times the ratio.
        Assert.InRange(deCost.Low, usCost.Low * factor - 2, usCost.Low * factor + 2);
        Assert.InRange(deCost.High, usCost.High * factor - 2, usCost.High * factor + 2);
        // Offshore providers charge from where they are: the same for both owners.
        Assert.Equal(us.Locations.Single(l => l.Location == LocationOption.Offshore).MonthlyCost, de.Locations.Single(l => l.Location == LocationOption.Offshore).MonthlyCost);
    }
}

/// <summary>Reason, note and warning texts give money in the owner's currency; the result's figures stay in US dollars.</summary>
public sealed class OwnerCurrencyTextTests
{
    [Fact]
    public void ALondonOwnerReadsTheBudgetAndCostsInPounds()
    {
        var a = TestCatalogue.Answers("customer-support", OutsourcingAdvisor.Domain.Assessment.SkillLevel.Basic, 100) with { BusinessCountry = "GB" };
        var r = ScoringEngine.Assess(a, TestCatalogue.Real, whatIf: false);
        var pounds = r.Owner!.Money;
        Assert.Equal("GBP", pounds.Currency);
        var budgetText = "£" + Math.Round(100 * pounds.PerUsd, 2).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var budgetReasons = r.Locations.SelectMany(l => l.Reasons).Where(x => x.Criterion == "budget-fit").ToList();
        Assert.NotEmpty(budgetReasons);
        Assert.All(budgetReasons, x => Assert.DoesNotContain("$", x.Text));
        Assert.Contains(budgetReasons, x => x.Text.Contains($"your budget of {budgetText}"));
        Assert.Contains("£", r.Warnings!.Single(w => w.Id == "budget-covers-nothing").Text);
        Assert.Contains("£", r.Cost.Note);
        Assert.Equal("USD", r.Cost.Currency);
    }

    [Fact]
    public void AUsOwnerStillReadsDollars()
    {
        var r = ScoringEngine.Assess(TestCatalogue.Answers("customer-support", OutsourcingAdvisor.Domain.Assessment.SkillLevel.Basic, 100), TestCatalogue.Real, whatIf: false);
        Assert.Contains(r.Locations.SelectMany(l => l.Reasons), x => x.Criterion == "budget-fit" && x.Text.Contains("your budget of $100"));
    }
}
