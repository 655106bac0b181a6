using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>What the cost model needs to know about where the owner is; the only place costs meet the country table.</summary>
public interface IOwnerPricing
{
    /// <summary>Multiplier for the catalogue's US onshore prices (1 for a US owner or where no sourced ratio exists).</summary>
    decimal OnshoreFactor { get; }

    /// <summary>
    /// The band a provider price belongs to for this owner. Sources state prices for a US buyer: a price from a named
    /// country or region is moved to that place's band for this owner; one with no place keeps its US band only for a
    /// US owner. Null means the price cannot be placed for this owner and is not used.
    /// </summary>
    LocationOption? BandOf(string? providerCountry, string? region, LocationOption? bandForUsBuyer);
}

public sealed class OwnerPricing(OwnerLocation owner, DateOnly date, CountryTable table) : IOwnerPricing
{
    private readonly bool _usOwner = owner.Country.Code == table.WageRatio.BaseCountry;

    public decimal OnshoreFactor { get; } = WageRatio.Onshore(owner.Country, table).Factor;

    public LocationOption? BandOf(string? providerCountry, string? region, LocationOption? bandForUsBuyer)
    {
        if (_usOwner) return providerCountry is not null && table.Find(providerCountry) is { } c ? Bands.Place(owner, c, date, table).Band : bandForUsBuyer;
        if (providerCountry is not null)
            return table.Find(providerCountry) is { } country ? Bands.Place(owner, country, date, table).Band : null;
        if (region is null) return null;
        // A regional figure is placed only when every listed country of the region falls in one band for this owner.
        var bands = table.Countries.Where(c => c.Region == region).Select(c => Bands.Place(owner, c, date, table).Band).Distinct().ToList();
        return bands.Count == 1 ? bands[0] : null;
    }
}
