using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>Where the business is: its country and the time zone its office keeps.</summary>
public sealed record OwnerLocation(Country Country, string TimeZone)
{
    public static OwnerLocation Of(Country country, string? timeZone = null) => new(country, timeZone ?? country.MainTimeZone);
}

/// <summary>A country's band for an owner, with the reason in plain words.</summary>
public sealed record BandPlacement(Country Country, LocationOption Band, string Reason);

/// <summary>
/// Onshore, nearshore and offshore relative to the owner (seed-data/README.md, "The nearshore rule"): onshore is
/// the owner's own country; nearshore a country in the owner's region, or one whose main time zone stays within the
/// rule's gap of the owner's on every check date of the assessment year; offshore every other country.
/// </summary>
public static class Bands
{
    public static BandPlacement Place(OwnerLocation owner, Country country, DateOnly date, CountryTable table)
    {
        if (country.Code == owner.Country.Code)
            return new(country, LocationOption.Onshore, Text.English.Countries.OwnCountry(country));
        var rule = table.NearshoreRule;
        if (rule.SameRegion && country.Region == owner.Country.Region)
            return new(country, LocationOption.Nearshore, Text.English.Countries.InYourRegion(country));
        var gaps = rule.CheckDates
            .Select(d => Math.Abs(WorkingHours.OffsetHours(owner.TimeZone, country.MainTimeZone, new DateOnly(date.Year, d.Month, d.Day), table.WorkingDay)))
            .ToList();
        var widest = gaps.Max();
        return widest <= (double)rule.MaxGapHours
            ? new(country, LocationOption.Nearshore, Text.English.Countries.CloseClock(country, widest))
            : new(country, LocationOption.Offshore, Text.English.Countries.FarClock(country, widest, (double)rule.MaxGapHours));
    }

    /// <summary>Every country of the table in the given band for this owner, in table order.</summary>
    public static IReadOnlyList<BandPlacement> InBand(OwnerLocation owner, LocationOption band, DateOnly date, CountryTable table) =>
        [.. table.Countries.Select(c => Place(owner, c, date, table)).Where(p => p.Band == band)];
}
