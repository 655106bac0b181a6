namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>The currency a report shows money in, with the dated rate used and, when it is not the one asked for, why.</summary>
public sealed record DisplayCurrency(string Code, decimal PerUsd, DateOnly RateDate, string Source, string? Note)
{
    public static readonly DisplayCurrency Usd = new("USD", 1m, default, "", null);

    public decimal FromUsd(decimal usd) => Code == "USD" ? usd : Math.Round(usd * PerUsd, 2);

    /// <summary>
    /// A US-dollar amount as the owner reads it: converted and written with the currency's sign ("£3,302") or, for a
    /// currency without a common sign, its code ("5,120 AUD"). <paramref name="format"/> is N0 or N2, as for dollars.
    /// </summary>
    public string Text(decimal usd, string format = "N0") => Write(FromUsd(usd), Code, format);

    /// <summary>An amount already in <paramref name="code"/>, with its sign ("£3,302") or, without a common sign, its code.</summary>
    public static string Write(decimal amount, string code, string format)
    {
        var text = amount.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        return code switch
        {
            "USD" => "$" + text,
            "EUR" => "€" + text,
            "GBP" => "£" + text,
            _ => $"{text} {code}",
        };
    }

    /// <summary>US dollars without an owner (a catalogue without countries); else <see cref="Choose"/>.</summary>
    public static DisplayCurrency For(OwnerBands? owner, string? requested, CountryTable? table) =>
        owner is null || table is null ? Usd : Choose(requested, owner.Owner.Country, table.Fx);

    /// <summary>
    /// The owner's choice if the table has a rate for it; otherwise the owner's own currency; and where the table
    /// has no rate for that either, US dollars with a note saying so (we never make up a rate).
    /// </summary>
    public static DisplayCurrency Choose(string? requested, Country owner, FxTable fx)
    {
        if (requested is not null)
            return fx.Offers(requested) ? Of(requested, fx, null) : throw new ArgumentException($"No reference rate for {requested}.", nameof(requested));
        if (fx.Offers(owner.Currency)) return Of(owner.Currency, fx, null);
        return Of("USD", fx, $"The catalogue holds no dated reference rate for {owner.Currency}, so amounts are in US dollars.");
    }

    // A conversion reads two rates (the currency's and the dollar's against the base): the later date is the one shown.
    private static DisplayCurrency Of(string code, FxTable fx, string? note)
    {
        var date = fx.DateOf(code) > fx.DateOf("USD") ? fx.DateOf(code) : fx.DateOf("USD");
        var source = code == "USD" ? fx.SourceOf("USD") : fx.SourceOf(code);
        return new(code, fx.PerUsd(code), date, source, note);
    }
}
