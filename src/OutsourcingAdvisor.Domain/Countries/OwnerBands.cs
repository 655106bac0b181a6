using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>One band as this owner sees it on the assessment date: its countries, its ranked examples and their shared hours.</summary>
public sealed record BandFacts(LocationOption Band, IReadOnlyList<BandPlacement> Countries, ExampleList Examples)
{
    /// <summary>The first example: the country the report names first for this band, null when the band is empty.</summary>
    public CountryExample? Lead => Examples.Examples.Count > 0 ? Examples.Examples[0] : null;
}

/// <summary>Everything location-related the engine and report need for one owner, worked out once per assessment.</summary>
public sealed record OwnerBands(OwnerLocation Owner, DateOnly Date, bool AssumedCountry, OnshoreScaling Onshore, IReadOnlyList<BandFacts> Bands)
{
    public BandFacts For(LocationOption band) => Bands.First(b => b.Band == band);

    /// <summary>
    /// How many hours the offshore lead country is from the owner at the start of the owner's working day (null with
    /// no offshore example): worked out with the bands, since every what-if re-run for this owner asks for it.
    /// </summary>
    public double? OffshoreLeadHoursApart { get; init; }
}

/// <summary>What the ranking reads from the answers.</summary>
public sealed record OwnerWork(bool RegulatedData, bool CuttingCosts, bool CustomerFacing);

public static class OwnerBandsBuilder
{
    /// <param name="offered">The bands the catalogue lists (locations.json), in its order.</param>
    /// <param name="bandCostFactorMax">The highest cost factor of each band (locations.json), used to leave out countries too dear for it.</param>
    public static OwnerBands Build(OwnerLocation owner, DateOnly date, bool assumedCountry, OwnerWork work, CountryTable table,
        IReadOnlyList<LocationOption> offered, Func<LocationOption, decimal> bandCostFactorMax)
    {
        var bands = offered.Select(band =>
        {
            var request = new ExampleRequest(owner, band, date, work.RegulatedData, bandCostFactorMax(band))
            {
                CuttingCosts = work.CuttingCosts,
                CustomerFacing = work.CustomerFacing,
            };
            return new BandFacts(band, Bands.InBand(owner, band, date, table), ExampleCountries.Rank(request, table));
        }).ToList();
        var offshoreLead = bands.FirstOrDefault(b => b.Band == LocationOption.Offshore)?.Lead;
        return new OwnerBands(owner, date, assumedCountry, WageRatio.Onshore(owner.Country, table), bands)
        {
            OffshoreLeadHoursApart = offshoreLead is null ? null
                : Math.Abs(WorkingHours.OffsetHours(owner.TimeZone, offshoreLead.Country.MainTimeZone, date, table.WorkingDay)),
        };
    }
}
