using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

public sealed class CountryDataTests
{
    private static readonly CountryTable Table = TestCountries.Real;

    [Fact]
    public void HoldsAtLeastThirtyCountries() => Assert.True(Table.Countries.Count >= 30, $"{Table.Countries.Count} countries");

    [Theory]
    [InlineData("US"), InlineData("CA"), InlineData("GB"), InlineData("IE"), InlineData("DE"), InlineData("FR"), InlineData("NL"), InlineData("SE"),
     InlineData("NO"), InlineData("DK"), InlineData("FI"), InlineData("AU"), InlineData("NZ"), InlineData("SG")]
    public void CoversTheMainBuyingMarkets(string code) => Assert.NotNull(Table.Find(code));

    [Theory]
    [InlineData("IN"), InlineData("PH"), InlineData("MY"), InlineData("VN"), InlineData("ID"), InlineData("CN"), InlineData("LK"), InlineData("ZA"), InlineData("EG"),
     InlineData("PL"), InlineData("RO"), InlineData("BG"), InlineData("PT"), InlineData("ES"), InlineData("MX"), InlineData("CO"), InlineData("CR"), InlineData("BR"), InlineData("AR")]
    public void CoversTheMainDeliveryLocations(string code) => Assert.NotNull(Table.Find(code));

    [Fact]
    public void EveryFactNamesASourceTheCatalogueKnows()
    {
        var known = Table.Sources.Select(s => s.Id).Concat(TestCatalogue.Real.Sources.Select(s => s.Id)).ToHashSet();
        foreach (var c in Table.Countries)
        {
            var ids = new List<string> { c.LanguagesSource, c.EuDataTransfer.Source };
            if (c.Gsli is not null) ids.Add(c.Gsli.Source);
            if (c.AverageWage is not null) ids.Add(c.AverageWage.Source);
            ids.AddRange(c.OtherWageFigures.Select(w => w.Source));
            ids.AddRange(c.BilledRates.Select(b => b.Source));
            Assert.All(ids, id => Assert.True(known.Contains(id), $"{c.Code}: unknown source {id}"));
        }
    }

    [Fact]
    public void EveryCountrySourceIsUsedByAFact()
    {
        var used = new HashSet<string> { Table.AdequacySource, Table.Fx.Source, Table.WageRatio.Source, Table.WageRatio.YearSource };
        if (Table.SameListSource is not null) used.Add(Table.SameListSource);
        if (Table.CurrencySource is not null) used.Add(Table.CurrencySource);
        foreach (var c in Table.Countries)
        {
            used.Add(c.LanguagesSource);
            used.Add(c.EuDataTransfer.Source);
            if (c.Gsli is not null) { used.Add(c.Gsli.Source); used.UnionWith(Table.Sources.Where(s => c.Gsli.Note?.Contains(s.Id) == true).Select(s => s.Id)); }
            if (c.AverageWage is not null) used.Add(c.AverageWage.Source);
            used.UnionWith(c.OtherWageFigures.Select(w => w.Source));
            used.UnionWith(c.BilledRates.Select(b => b.Source));
            used.UnionWith(c.CurrencySources);
            if (c.EnglishProficiency is not null) used.Add(c.EnglishProficiency.Source);
        }
        Assert.Empty(Table.Sources.Where(s => !used.Contains(s.Id)).Select(s => s.Id));
    }

    [Fact]
    public void EveryTimeZoneIsAnIanaZoneThisMachineKnows() =>
        Assert.All(Table.Countries.SelectMany(c => c.TimeZones), z => Assert.True(WorkingHours.IsKnownZone(z), z));

    [Fact]
    public void EuAndEeaMembersAreMarkedAsInsideTheEea() =>
        Assert.All(Table.Countries.Where(c => c.EuMember), c => Assert.Equal(TransferStatus.Eea, c.EuDataTransfer.Status));

    [Theory]
    [InlineData("USD"), InlineData("EUR"), InlineData("GBP"), InlineData("CAD"), InlineData("AUD"), InlineData("NZD"), InlineData("SGD"), InlineData("INR")]
    public void OffersTheCurrenciesTheIssueNames(string code) => Assert.True(Table.Fx.Offers(code));

    [Fact]
    public void OffersTheCurrencyOfEveryBuyingMarket()
    {
        foreach (var code in new[] { "US", "CA", "GB", "IE", "DE", "FR", "NL", "SE", "NO", "DK", "FI", "AU", "NZ", "SG", "CH", "BE", "AT" })
            Assert.True(Table.Fx.Offers(TestCountries.Get(code).Currency), code);
    }

    [Fact]
    public void TheCurrenciesWithoutARateAreExactlyTheOnesTheReadmeNames()
    {
        var missing = Table.Countries.Select(c => c.Currency).Distinct().Where(c => !Table.Fx.Offers(c)).Order().ToList();
        Assert.Equal(["ARS", "COP", "CRC", "EGP", "LKR", "UAH", "VND"], missing);
    }

    [Fact]
    public void TheRatesAreDatedAndFromTheEcbTable()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), Table.Fx.Date);
        Assert.Equal("EUR", Table.Fx.Base);
        Assert.Equal(1.0411m, Table.Fx.Rates["USD"]);
    }
}

public sealed class CountryTableJsonTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    // A catalogue version is stored as one JSON document, so the table must come back from JSON unchanged.
    [Fact]
    public void RoundTripsThroughJsonUnchanged()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(TestCountries.Real, Web);
        var back = System.Text.Json.JsonSerializer.Deserialize<CountryTable>(json, Web)!;
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(back, Web));
        Assert.Equal("Poland", back.Find("PL")!.Name);
        Assert.Equal(TestCountries.Real.Fx.PerUsd("GBP"), back.Fx.PerUsd("GBP"));
    }
}
