using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

/// <summary>The real seed-data/countries.json, read once, and owners built from it.</summary>
public static class TestCountries
{
    private static readonly Lazy<CountryTable> Table = new(() =>
    {
        var ids = TestCatalogue.Real.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return CountrySeedReader.Read(TestCatalogue.SeedDirectory, ids.Contains);
    });

    public static CountryTable Real => Table.Value;

    public static Country Get(string code) => Real.Find(code) ?? throw new InvalidOperationException($"{code} is not in countries.json");

    public static OwnerLocation Owner(string code, string? zone = null) => OwnerLocation.Of(Get(code), zone);
}
