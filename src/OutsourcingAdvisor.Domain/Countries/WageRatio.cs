namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>How the US-priced catalogue is brought to the owner's country, and why.</summary>
public sealed record OnshoreScaling(decimal Factor, bool Scaled, string Explanation, IReadOnlyList<string> Sources)
{
    /// <summary>The catalogue's own country: its prices as published.</summary>
    public bool AsPublished { get; init; }
}

/// <summary>
/// Average-wage ratios from one table only (countries.json "wageRatio": year, basis and source), because the
/// staged tables of different years use different price bases and would give a ratio of nothing.
/// </summary>
public static class WageRatio
{
    /// <summary>The country's average wage in the ratio table, or null where that table has no figure for it.</summary>
    public static decimal? TableWage(Country country, CountryTable table) =>
        new[] { country.AverageWage }.Concat(country.OtherWageFigures)
            .FirstOrDefault(w => w is not null && w.Source == table.WageRatio.Source && w.Basis == table.WageRatio.Basis
                && w.Year == table.WageRatio.Year && w.Amount is not null)?.Amount;

    /// <summary>The wage of <paramref name="country"/> over that of <paramref name="reference"/>, both from the ratio table.</summary>
    public static decimal? Between(Country country, Country reference, CountryTable table) =>
        TableWage(country, table) is { } a && TableWage(reference, table) is { } b && b > 0 ? a / b : null;

    public static OnshoreScaling Onshore(Country owner, CountryTable table)
    {
        var basis = table.WageRatio;
        var us = table.Find(basis.BaseCountry) ?? throw new InvalidOperationException($"The country table has no {basis.BaseCountry}.");
        if (owner.Code == us.Code)
            return new(1m, false, Text.English.Countries.OnshoreAsPublished(us), []) { AsPublished = true };
        var ratio = Between(owner, us, table);
        if (ratio is null)
            return new(1m, false,
                Text.English.Countries.OnshoreUnscaled(us, owner),
                [basis.Source]);
        var rounded = Math.Round(ratio.Value, 3);
        return new(rounded, true,
            Text.English.Countries.OnshoreScaled(us, owner, rounded, basis.Year),
            [basis.Source, basis.YearSource]);
    }
}
