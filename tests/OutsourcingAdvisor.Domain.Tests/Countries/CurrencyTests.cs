using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

public sealed class CurrencyTests
{
    private static readonly FxTable Fx = TestCountries.Real.Fx;

    // ECB 28 February 2025: 1 EUR = 1.0411 USD = 0.82608 GBP, so 1 USD = 0.82608 / 1.0411 GBP.
    [Fact]
    public void ConvertsThroughTheEuroBase() => Assert.Equal(100m * 0.82608m / 1.0411m, Fx.FromUsd(100m, "GBP"));

    [Fact]
    public void ConvertsToEuros() => Assert.Equal(100m / 1.0411m, Fx.FromUsd(100m, "EUR"));

    [Fact]
    public void ConvertingThereAndBackGivesTheSameAmount() => Assert.Equal(250m, Math.Round(Fx.ToUsd(Fx.FromUsd(250m, "INR"), "INR"), 10));

    [Fact]
    public void TheOwnersOwnCurrencyIsTheDefault()
    {
        var c = DisplayCurrency.Choose(null, TestCountries.Get("GB"), Fx);
        Assert.Equal("GBP", c.Code);
        Assert.Equal(new DateOnly(2025, 2, 28), c.RateDate);
        Assert.Null(c.Note);
    }

    [Fact]
    public void AChosenCurrencyWins() => Assert.Equal("EUR", DisplayCurrency.Choose("EUR", TestCountries.Get("GB"), Fx).Code);

    [Fact]
    public void ACurrencyWithoutARateFallsBackToDollarsAndSaysSo()
    {
        var c = DisplayCurrency.Choose(null, TestCountries.Get("CO"), Fx);
        Assert.Equal("USD", c.Code);
        Assert.Contains("COP", c.Note);
    }

    [Fact]
    public void AnUnknownChosenCurrencyIsRefused() => Assert.Throws<ArgumentException>(() => DisplayCurrency.Choose("XYZ", TestCountries.Get("GB"), Fx));

    [Fact]
    public void ShowsAmountsRoundedToCents() => Assert.Equal(79.35m, DisplayCurrency.Choose("GBP", TestCountries.Get("GB"), Fx).FromUsd(100m));
}
