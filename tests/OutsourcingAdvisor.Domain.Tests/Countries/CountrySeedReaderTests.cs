using System.Text.Json.Nodes;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

public sealed class CountrySeedReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("countries-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly HashSet<string> Elsewhere = TestCatalogue.Real.Sources.Select(s => s.Id).ToHashSet();

    private SeedDataException Broken(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(TestCatalogue.SeedDirectory, CountrySeedReader.File)))!.AsObject();
        change(json);
        File.WriteAllText(Path.Combine(_dir, CountrySeedReader.File), json.ToJsonString());
        return Assert.Throws<SeedDataException>(() => CountrySeedReader.Read(_dir, Elsewhere.Contains));
    }

    private static JsonObject Country(JsonObject root, string code) =>
        root["countries"]!.AsArray().Select(n => n!.AsObject()).First(c => (string?)c["code"] == code);

    [Fact]
    public void AnUnknownTimeZoneNamesTheCountryAndField()
    {
        var ex = Broken(r => Country(r, "PH")["timeZones"] = new JsonArray("Asia/Atlantis"));
        Assert.Contains("'PH'", ex.Message);
        Assert.Equal("timeZones", ex.Field);
    }

    [Fact]
    public void ALowerCaseCountryCodeIsRefused() => Assert.Equal("code", Broken(r => Country(r, "PH")["code"] = "ph").Field);

    [Fact]
    public void ADuplicateCountryIsRefused() => Assert.Contains("more than once", Broken(r => Country(r, "PH")["code"] = "IN").Message);

    [Fact]
    public void AnUnknownSourceIsRefused() =>
        Assert.Equal("gsli.source", Broken(r => Country(r, "IN")["gsli"]!["source"] = "ref-nowhere").Field);

    [Fact]
    public void AnEuMemberOutsideTheEeaStatusIsRefused() =>
        Assert.Equal("euDataTransfer.status", Broken(r => Country(r, "DE")["euDataTransfer"]!["status"] = "adequacy").Field);

    [Fact]
    public void ANonPositiveRateIsRefused() => Assert.Equal("fxRates.rates.GBP", Broken(r => r["fxRates"]!["rates"]!["GBP"] = 0).Field);

    [Fact]
    public void ARateTableWithoutDollarsIsRefused() => Assert.Equal("fxRates.rates.USD", Broken(r => r["fxRates"]!["rates"]!.AsObject().Remove("USD")).Field);

    [Fact]
    public void AWageWithNeitherAmountNorRangeIsRefused() =>
        Assert.Equal("averageWage.amount", Broken(r => Country(r, "GB")["averageWage"]!["amount"] = null).Field);

    [Fact]
    public void ASourceIdTakenBySourcesJsonIsRefused() =>
        Assert.Contains("already an id in sources.json", Broken(r => r["sources"]!.AsArray()[0]!["id"] = "ref-gsc-2024").Message);

    [Fact]
    public void TheRealFileReads() => Assert.NotEmpty(CountrySeedReader.Read(TestCatalogue.SeedDirectory, Elsewhere.Contains).Countries);
}
