using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

public sealed class WageRatioTests
{
    [Fact]
    public void AUsOwnerKeepsTheCataloguesUsPrices()
    {
        var s = WageRatio.Onshore(TestCountries.Get("US"), TestCountries.Real);
        Assert.Equal(1m, s.Factor);
        Assert.False(s.Scaled);
    }

    // OECD 2022 average annual wages, USD at PPP: UK 53,985 against US 77,463.
    [Fact]
    public void AUkOwnersOnshorePricesAreScaledByTheOecdWageRatio()
    {
        var s = WageRatio.Onshore(TestCountries.Get("GB"), TestCountries.Real);
        Assert.True(s.Scaled);
        Assert.Equal(Math.Round(53985m / 77463m, 3), s.Factor);
        Assert.Contains("2022", s.Explanation);
        Assert.Contains("ref-vc-aaw-2022", s.Sources);
    }

    [Fact]
    public void ACountryWithoutAFigureInTheTableKeepsUsPricesAndSaysSo()
    {
        var s = WageRatio.Onshore(TestCountries.Get("NZ"), TestCountries.Real);
        Assert.False(s.Scaled);
        Assert.Equal(1m, s.Factor);
        Assert.Contains("no figure for New Zealand", s.Explanation);
    }

    // Colombia's figure comes from OECD Taxing Wages, a different table: it must not be mixed into the ratio.
    [Fact]
    public void AFigureFromAnotherTableIsNotUsed() => Assert.Null(WageRatio.TableWage(TestCountries.Get("CO"), TestCountries.Real));

    [Fact]
    public void A2023FigureIsNotMixedWithThe2022Table() =>
        Assert.Equal(77463m, WageRatio.TableWage(TestCountries.Get("US"), TestCountries.Real));
}
