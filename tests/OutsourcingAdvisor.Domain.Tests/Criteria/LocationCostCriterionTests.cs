namespace OutsourcingAdvisor.Domain.Tests.Criteria;

public sealed class LocationCostCriterionTests
{
    // Customer support with its provider prices taken away: the bands' general cost factors are all there is.
    private static readonly OutsourcingAdvisor.Domain.Catalogue.AdvisorCatalogue Unpriced = WithoutProviderPrices("customer-support");

    [Fact]
    public void WithoutFiguresOffshoreIsCheapestThenNearshoreByTheCostFactors()
    {
        var run = CriterionRun.Of(new LocationCostCriterion(), Answers(), Unpriced);
        Assert.True(run.Points(LocationOption.Offshore) > run.Points(LocationOption.Nearshore));
        Assert.True(run.Points(LocationOption.Nearshore) > run.Points(LocationOption.Onshore));
        Assert.Contains("30%–60%", Assert.Single(run.Reasons(LocationOption.Offshore)).Text);
    }

    [Fact]
    public void ASavingsGoalDoublesThePush() =>
        Assert.Equal(2 * CriterionRun.Of(new LocationCostCriterion(), Answers(), Unpriced).Points(LocationOption.Offshore),
            CriterionRun.Of(new LocationCostCriterion(), Answers() with { Goal = Goal.CutCosts }, Unpriced).Points(LocationOption.Offshore));

    [Fact]
    public void WhereTheSourcesPriceBothBandsTheirFiguresAreQuotedNotTheGeneralShare()
    {
        // Customer support: the sources price offshore (the Philippines, India) well below onshore (the US).
        var offshore = Assert.Single(CriterionRun.Of(new LocationCostCriterion(), Answers()).Reasons(LocationOption.Offshore));
        Assert.True(offshore.Points > 0);
        Assert.StartsWith("For this work, offshore providers charge $", offshore.Text);
        Assert.DoesNotContain("typically", offshore.Text);
    }

    [Fact]
    public void ABandTheFiguresShowDearerThanOnshoreIsNeverSaidToCostLess()
    {
        // Insurance processing: offshore claims are priced above the onshore ones in costs.json.
        var offshore = Assert.Single(CriterionRun.Of(new LocationCostCriterion(), Answers("insurance-processing") with { Volume = 2000 }).Reasons(LocationOption.Offshore));
        Assert.True(offshore.Points < 0);
        Assert.Contains("no saving on the sources' figures", offshore.Text);
        Assert.DoesNotContain("% of the onshore price", offshore.Text);
    }

    [Fact]
    public void OnePriceWhereverTheProviderSitsGivesNoBandACostPoint()
    {
        // Business research is priced as a share below the in-house wage, the same in every band.
        var run = CriterionRun.Of(new LocationCostCriterion(), Answers("business-research", SkillLevel.Specialist));
        Assert.Empty(run.Reasons(LocationOption.Offshore));
        Assert.Empty(run.Reasons(LocationOption.Nearshore));
    }
}
