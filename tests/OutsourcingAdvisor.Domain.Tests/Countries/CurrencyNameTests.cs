using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

/// <summary>Every currency and language the table names reads by its English name, and the countries with a rate and a wage are all there.</summary>
public sealed class CurrencyNameTests
{
    private static readonly CountryTable Table = TestCountries.Real;

    [Fact]
    public void EveryCurrencyWithARateAndEveryCountrysCurrencyHasANameAndASign()
    {
        foreach (var code in Table.Fx.Rates.Keys.Concat(Table.Countries.Select(c => c.Currency)).Distinct())
        {
            Assert.True(Table.Currencies.TryGetValue(code, out var name), $"{code} has no name");
            Assert.False(string.IsNullOrWhiteSpace(name.Plural));
            Assert.True(name.Symbol is not null || name.Suffix is not null, $"{code} has no sign");
            Assert.DoesNotContain(code, name.Symbol ?? name.Suffix!);
        }
        Assert.Equal(0, Table.CurrencyOf("JPY").MinorUnits);
    }

    [Fact]
    public void EveryLanguageOfTheTableHasAnEnglishName() =>
        Assert.All(Table.Countries.SelectMany(c => c.Languages).Distinct(), l => Assert.True(Text.English.KnowsLanguage(l), l));

    [Theory]
    // Countries with a reference rate and a wage in the table the owner's price level is read from (issue 32: Japan was refused).
    [InlineData("JP"), InlineData("KR"), InlineData("IL"), InlineData("CZ"), InlineData("HU")]
    public void CountriesWithARateAndAWageAreInTheTable(string code)
    {
        var country = Table.Find(code);
        Assert.NotNull(country);
        Assert.True(Table.Fx.Offers(country!.Currency));
        Assert.NotNull(WageRatio.TableWage(country, Table));
    }
}
