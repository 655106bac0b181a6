using OutsourcingAdvisor.Domain.Countries;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

public sealed class OwnerBandsTests
{
    private static readonly DateOnly Date = new(2026, 1, 15);

    private static OwnerBands Build(string owner, string? zone = null) =>
        OwnerBandsBuilder.Build(TestCountries.Owner(owner, zone), Date, false, new OwnerWork(false, false, false), TestCountries.Real, TestCatalogue.Real.Bands,
            band => TestCatalogue.Real.Location(band).CostFactor.Max);

    [Fact]
    public void EveryBandIsWorkedOut() => Assert.Equal(Enum.GetValues<LocationOption>(), Build("GB").Bands.Select(b => b.Band));

    [Fact]
    public void TheOnshoreLeadIsTheOwnersCountrySharingTheWholeDay()
    {
        var lead = Build("AU", "Australia/Perth").For(LocationOption.Onshore).Lead!;
        Assert.Equal("AU", lead.Country.Code);
        Assert.Equal(8.0, lead.SharedHours);
    }

    [Fact]
    public void ANewYorkOwnerSharesNoHoursWithIndia() =>
        Assert.Equal(0.0, Build("US", "America/New_York").For(LocationOption.Offshore).Examples.Ranked.Single(e => e.Country.Code == "IN").SharedHours);

    [Fact]
    public void TheLeadsSharedHoursAreTheRealOverlapOnTheDate()
    {
        var lead = Build("US", "America/Chicago").For(LocationOption.Nearshore).Lead!;
        Assert.Equal(WorkingHours.SharedHours("America/Chicago", lead.Country.MainTimeZone, Date, TestCountries.Real.WorkingDay), lead.SharedHours);
    }

    [Fact]
    public void CarriesTheOnshoreScaling() => Assert.True(Build("GB").Onshore.Scaled);
}

public sealed class OverlapPushTests
{
    private static readonly WorkingDay Day = TestCountries.Real.WorkingDay;

    [Theory]
    [InlineData(8.0, Push.StrongFor)]
    [InlineData(7.0, Push.ModerateFor)]
    [InlineData(4.0, Push.ModerateFor)]
    [InlineData(2.5, Push.SlightAgainst)]
    [InlineData(0.0, Push.StrongAgainst)]
    public void AWishForFullOverlapFollowsTheRealSharedHours(double hours, Push expected) => Assert.Equal(expected, OverlapPush.Full(hours, Day));

    [Theory]
    [InlineData(7.0, false, Push.ModerateFor)]
    [InlineData(2.0, false, Push.ModerateFor)]
    [InlineData(1.0, false, Push.SlightAgainst)]
    [InlineData(8.0, true, Push.SlightFor)]
    public void AWishForAFewSharedHoursFitsABandThatGivesThem(double hours, bool own, Push expected) =>
        Assert.Equal(expected, OverlapPush.Partial(hours, own, Day));
}

public sealed class OwnerSettingTests
{
    [Fact]
    public void TheNeutralOwnerIsTheOwnerWithoutTheAnswersThatOnlyReorderExamples()
    {
        var catalogue = TestCatalogue.Real;
        var a = TestCatalogue.Answers() with
        {
            BusinessCountry = "DE", DataSensitivity = Domain.Assessment.DataSensitivity.High, Goal = Domain.Assessment.Goal.CutCosts,
            CustomerFacing = true, AssessedOn = new DateOnly(2026, 1, 15),
        };
        var neutral = OwnerSetting.Neutral(a, catalogue)!;
        // The same worked-out bands (one cache entry) as an owner who gave none of those three answers.
        Assert.Same(OwnerSetting.For(a with { Goal = null, DataSensitivity = null, CustomerFacing = null }, catalogue), neutral);
        // And these answers do reorder the examples (regulated data weighs against some countries), so the
        // neutral owner is not simply the owner.
        Assert.NotEqual(Examples(OwnerSetting.For(a, catalogue)!), Examples(neutral));
    }

    /// <summary>
    /// Results of the same owner share one list of band examples (the stored JSON keeps its bytes per list), and
    /// another owner gets a list of its own.
    /// </summary>
    [Fact]
    public void ResultsOfTheSameOwnerShareTheirBandExamples()
    {
        var catalogue = TestCatalogue.Real;
        var a = TestCatalogue.Answers() with { BusinessCountry = "DE", AssessedOn = new DateOnly(2026, 1, 15) };
        var first = ScoringEngine.Assess(a, catalogue).Owner!.Bands;
        Assert.Same(first, ScoringEngine.Assess(a with { MonthlyBudget = a.MonthlyBudget + 1 }, catalogue).Owner!.Bands);
        var other = ScoringEngine.Assess(a with { BusinessCountry = "IN" }, catalogue).Owner!.Bands;
        Assert.NotSame(first, other);
        Assert.Equal(Examples(OwnerSetting.For(a, catalogue)!), string.Join(" ", first.Select(b => $"{b.Band}:{string.Join(",", b.Examples.Select(e => e.Code))}")), ignoreCase: true);
    }

    /// <summary>
    /// A long-running server sees a new date every day and owners from every country: the kept owners stay within
    /// their bound (each keeps tens of KB), and an owner looked up again after the bound was reached is still right.
    /// </summary>
    [Fact]
    public void KeptOwnersStayWithinTheirBound()
    {
        // A catalogue of its own, so no other test adds or clears its owners meanwhile.
        var catalogue = new Domain.Catalogue.AdvisorCatalogue("test-bound", TestCatalogue.Real.Document);
        var a = TestCatalogue.Answers() with { BusinessCountry = "DE", AssessedOn = new DateOnly(2026, 1, 15) };
        var first = OwnerSetting.For(a, catalogue)!;
        for (var day = 1; day <= OwnerSetting.MaxCachedPerCatalogue * 2; day++)
        {
            OwnerSetting.For(a with { AssessedOn = new DateOnly(2026, 1, 15).AddDays(day) }, catalogue);
            Assert.InRange(OwnerSetting.CachedCount(catalogue), 1, OwnerSetting.MaxCachedPerCatalogue);
        }
        var again = OwnerSetting.For(a, catalogue)!;
        Assert.Equal(Examples(first), Examples(again));
        Assert.Same(again, OwnerSetting.For(a, catalogue));
    }

    private static string Examples(OwnerBands owner) =>
        string.Join(" ", owner.Bands.Select(b => $"{b.Band}:{string.Join(",", b.Examples.Examples.Select(e => e.Country.Code))}"));
}
