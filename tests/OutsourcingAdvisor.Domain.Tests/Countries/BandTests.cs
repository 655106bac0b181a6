using OutsourcingAdvisor.Domain.Countries;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

public sealed class BandTests
{
    private static readonly DateOnly Date = new(2026, 3, 1);

    private static LocationOption Band(string owner, string country, string? zone = null) =>
        Bands.Place(TestCountries.Owner(owner, zone), TestCountries.Get(country), Date, TestCountries.Real).Band;

    [Fact]
    public void TheOwnersOwnCountryIsOnshore() => Assert.Equal(LocationOption.Onshore, Band("DE", "DE"));

    [Fact]
    public void ACountryOfTheOwnersRegionIsNearshore() => Assert.Equal(LocationOption.Nearshore, Band("GB", "IE"));

    [Fact]
    public void ACountryWithinThreeHoursAllYearIsNearshore() => Assert.Equal(LocationOption.Nearshore, Band("GB", "PL"));

    [Fact]
    public void MexicoIsOffshoreForABritishOwner() => Assert.Equal(LocationOption.Offshore, Band("GB", "MX"));

    [Theory]
    [InlineData("MX"), InlineData("CO"), InlineData("CR"), InlineData("BR"), InlineData("AR")]
    public void LatinAmericaIsNearshoreForANewYorkOwner(string code) => Assert.Equal(LocationOption.Nearshore, Band("US", code, "America/New_York"));

    [Theory]
    [InlineData("IN"), InlineData("PH"), InlineData("PL")]
    public void AsiaAndEuropeAreOffshoreForANewYorkOwner(string code) => Assert.Equal(LocationOption.Offshore, Band("US", code, "America/New_York"));

    // São Paulo (UTC-3) is 5 hours ahead of Los Angeles in January: the owner's own zone decides.
    [Fact]
    public void TheOwnersTimeZoneDecidesInACountryWithSeveral()
    {
        Assert.Equal(LocationOption.Nearshore, Band("US", "BR", "America/New_York"));
        Assert.Equal(LocationOption.Offshore, Band("US", "BR", "America/Los_Angeles"));
    }

    [Fact]
    public void NewZealandIsNearshoreForAnAustralianOwnerAsTheSameRegion() => Assert.Equal(LocationOption.Nearshore, Band("AU", "NZ"));

    // Manila (UTC+8) is 3 hours behind Sydney in January and 2 in July; Ho Chi Minh City (UTC+7) is 4 in January.
    [Fact]
    public void TheGapMustHoldOnBothCheckDates()
    {
        Assert.Equal(LocationOption.Nearshore, Band("AU", "PH"));
        Assert.Equal(LocationOption.Offshore, Band("AU", "VN"));
    }

    [Fact]
    public void EveryCountryFallsInExactlyOneBand()
    {
        var owner = TestCountries.Owner("GB");
        var counts = Enum.GetValues<LocationOption>().Sum(b => Bands.InBand(owner, b, Date, TestCountries.Real).Count);
        Assert.Equal(TestCountries.Real.Countries.Count, counts);
    }

    [Fact]
    public void TheReasonSaysWhyACountryIsOffshore() =>
        Assert.Contains("more than the 3 hours", Bands.Place(TestCountries.Owner("GB"), TestCountries.Get("MX"), Date, TestCountries.Real).Reason);
}
