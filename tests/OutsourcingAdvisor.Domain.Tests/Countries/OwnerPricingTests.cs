using OutsourcingAdvisor.Domain.Countries;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

public sealed class OwnerPricingTests
{
    private static readonly DateOnly Date = new(2026, 1, 15);

    private static OwnerPricing For(string code, string? zone = null) => new(TestCountries.Owner(code, zone), Date, TestCountries.Real);

    [Fact]
    public void AUsOwnerKeepsTheBandAPageGaveForAUsBuyer() =>
        Assert.Equal(LocationOption.Offshore, For("US", "America/New_York").BandOf(null, null, LocationOption.Offshore));

    [Fact]
    public void APriceFromPolandIsNearshoreForABritishOwner() =>
        Assert.Equal(LocationOption.Nearshore, For("GB").BandOf("PL", null, LocationOption.Offshore));

    [Fact]
    public void AnEasternEuropeanRegionalPriceIsNearshoreForAGermanOwner() =>
        Assert.Equal(LocationOption.Nearshore, For("DE").BandOf(null, "Eastern Europe", LocationOption.Nearshore));

    [Fact]
    public void ALatinAmericanRegionalPriceIsOffshoreForABritishOwner() =>
        Assert.Equal(LocationOption.Offshore, For("GB").BandOf(null, "Latin America", LocationOption.Nearshore));

    [Fact]
    public void APriceWithNoPlaceIsNotUsedForAnOwnerOutsideTheUs() =>
        Assert.Null(For("GB").BandOf(null, null, LocationOption.Offshore));

    [Fact]
    public void AnUnknownCountryIsNotPlaced() => Assert.Null(For("GB").BandOf("ZZ", null, LocationOption.Offshore));

    [Fact]
    public void TheOnshoreFactorIsTheWageRatio() =>
        Assert.Equal(WageRatio.Onshore(TestCountries.Get("DE"), TestCountries.Real).Factor, For("DE").OnshoreFactor);
}
