using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>One reason a country ranks where it does: the factor, its points and the source of the fact.</summary>
public sealed record ExampleReason(string Factor, double Points, string Text, string Source);

public sealed record CountryExample(Country Country, double Points, double SharedHours, IReadOnlyList<ExampleReason> Reasons);

/// <summary>A band's example countries (the top of <see cref="Ranked"/>), every ranked country, and those left out with why.</summary>
public sealed record ExampleList(
    LocationOption Band, IReadOnlyList<CountryExample> Examples, IReadOnlyList<CountryExample> Ranked, IReadOnlyList<(Country Country, string Reason)> LeftOut);

/// <summary>What the ranking needs to know about the work and the owner.</summary>
public sealed record ExampleRequest(OwnerLocation Owner, LocationOption Band, DateOnly Date, bool RegulatedData, decimal BandCostFactorMax)
{
    /// <summary>The goal is to cut costs: the cost factor counts double.</summary>
    public bool CuttingCosts { get; init; }
    /// <summary>The provider talks to the owner's customers: a shared language counts double.</summary>
    public bool CustomerFacing { get; init; }
}

/// <summary>
/// Ranks the countries of one band for an owner: cost against the owner's wage level, shared hours on the date,
/// a shared business language, the data-transfer rules an EU/EEA (or UK) owner works under, and the GSLI rank.
/// Points come from countries.json "ranking"; every point carries its reason and source.
/// </summary>
public static class ExampleCountries
{
    public static ExampleList Rank(ExampleRequest request, CountryTable table)
    {
        var owner = request.Owner;
        var placements = Bands.InBand(owner, request.Band, request.Date, table);
        var ranked = new List<CountryExample>();
        var leftOut = new List<(Country, string)>();
        foreach (var placement in placements)
        {
            var c = placement.Country;
            var ratio = WageRatio.Between(c, owner.Country, table);
            if (request.Band != LocationOption.Onshore && ratio is { } r && r > request.BandCostFactorMax)
            {
                leftOut.Add((c, Text.English.Countries.TooDear(c, owner.Country, Percent(r), Percent(request.BandCostFactorMax), OptionNames.Name(request.Band))));
                continue;
            }
            ranked.Add(Score(request, table, placement, ratio));
        }
        var ordered = ranked.OrderByDescending(e => e.Points).ThenBy(e => e.Country.Code, StringComparer.Ordinal).ToList();
        return new(request.Band, [.. ordered.Take(table.Ranking.Examples)], ordered, leftOut);
    }

    private static CountryExample Score(ExampleRequest request, CountryTable table, BandPlacement placement, decimal? ratio)
    {
        var w = table.Ranking;
        var owner = request.Owner;
        var c = placement.Country;
        var reasons = new List<ExampleReason> { new("band", 0, placement.Reason, "editorial") };

        if (ratio is { } r)
            reasons.Add(new("cost", Math.Round(w.CostPoints * (request.CuttingCosts ? w.CutCostsFactor : 1) * (1 - (double)r), 2),
                Text.English.Countries.WageShare(Percent(r), owner.Country, table.WageRatio.Year), table.WageRatio.Source));
        else
            reasons.Add(new("cost", 0, Text.English.Countries.NoWageToCompare(WageRatio.TableWage(c, table) is null ? c : owner.Country, table.WageRatio.Year), table.WageRatio.Source));

        var ownerZone = owner.TimeZone;
        var zone = c.Code == owner.Country.Code ? ownerZone : c.MainTimeZone;
        var hours = WorkingHours.SharedHours(ownerZone, zone, request.Date, table.WorkingDay);
        reasons.Add(new("hours", Math.Round(w.HoursPointsPerHour * hours, 2),
            Text.English.Countries.SharedHours(hours, table.WorkingDay.Start, table.WorkingDay.End, request.Date, zone), "editorial"));

        var shared = c.Languages.Intersect(owner.Country.Languages, StringComparer.Ordinal).ToList();
        reasons.Add(shared.Count > 0
            ? new("language", w.LanguagePoints * (request.CustomerFacing ? w.CustomerFacingLanguageFactor : 1), Text.English.Countries.SharedLanguage(shared), c.LanguagesSource)
            : new("language", 0, Text.English.Countries.NoSharedLanguage(c.Languages), c.LanguagesSource));

        if (DataRules.OwnerFollowsEuList(owner.Country, table))
        {
            var factor = request.RegulatedData ? w.HighSensitivityDataFactor : 1;
            var (share, text) = DataRules.Describe(owner.Country, c, table);
            reasons.Add(new("data", Math.Round(w.DataRulePoints * factor * share, 2), text,
                DataRules.SourceFor(owner.Country, table, c)));
        }

        if (c.Gsli is { } g)
            reasons.Add(new("location-index", Math.Round(w.GsliPoints * (w.GsliCountries + 1 - g.Rank) / w.GsliCountries, 2),
                Text.English.Countries.LocationIndexRank(g.Rank, w.GsliCountries, g.Edition), g.Source));
        else
            reasons.Add(new("location-index", 0, Text.English.Engine.NoLocationIndexRank, "editorial"));

        return new(c, Math.Round(reasons.Sum(x => x.Points), 2), hours, reasons);
    }

    internal static string Percent(decimal share) => $"{Math.Round(share * 100):0}%";
}
