namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>The currency a report shows money in, with the dated rate used and, when it is not the one asked for, why.</summary>
public sealed record DisplayCurrency(string Code, decimal PerUsd, DateOnly RateDate, string Source, string? Note)
{
    public static readonly DisplayCurrency Usd = new("USD", 1m, default, "", null);

    /// <summary>How the currency reads: its name, plural and sign.</summary>
    public CurrencyName Name { get; init; } = CurrencyName.UsDollar;

    public decimal FromUsd(decimal usd) => Code == "USD" ? usd : Math.Round(usd * PerUsd, 2);

    /// <summary>US-dollar amounts as money in this currency, counted over <paramref name="per"/>.</summary>
    /// <remarks>A share of a salary is a percentage, not money: it is not converted.</remarks>
    public Text.Money Money(decimal lowUsd, decimal highUsd, Text.Per per, Costs.TradeUnit? unit = null, bool openEnded = false) =>
        per == Text.Per.SalaryShare
            ? new(lowUsd, highUsd, Name, per, unit, openEnded)
            : new(FromUsd(lowUsd), FromUsd(highUsd), Name, per, unit, openEnded);

    public Text.Money Money(decimal usd, Text.Per per, Costs.TradeUnit? unit = null) => Money(usd, usd, per, unit);

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
        owner is null || table is null ? Usd : Choose(requested, owner.Owner.Country, table);

    /// <summary>As <see cref="Choose(string?, Country, FxTable)"/>, with the currency's name from the table.</summary>
    public static DisplayCurrency Choose(string? requested, Country owner, CountryTable table)
    {
        var shown = Choose(requested, owner, table.Fx);
        return shown with
        {
            Name = table.CurrencyOf(shown.Code),
            Note = shown.Note is null ? null : Text.English.Countries.NoRateFor(table.CurrencyOf(owner.Currency)),
        };
    }

    /// <summary>
    /// The owner's choice if the table has a rate for it; otherwise the owner's own currency; and where the table
    /// has no rate for that either, US dollars with a note saying so (we never make up a rate).
    /// </summary>
    public static DisplayCurrency Choose(string? requested, Country owner, FxTable fx)
    {
        if (requested is not null)
            return fx.Offers(requested) ? Of(requested, fx, null) : throw new ArgumentException($"No reference rate for {requested}.", nameof(requested));
        if (fx.Offers(owner.Currency)) return Of(owner.Currency, fx, null);
        return Of("USD", fx, Text.English.Engine.NoRateForCode(owner.Currency));
    }

    // A conversion reads two rates (the currency's and the dollar's against the base): the later date is the one shown.
    private static DisplayCurrency Of(string code, FxTable fx, string? note)
    {
        var date = fx.DateOf(code) > fx.DateOf("USD") ? fx.DateOf(code) : fx.DateOf("USD");
        var source = code == "USD" ? fx.SourceOf("USD") : fx.SourceOf(code);
        // Rounded as the stored result keeps it, so reasons written now and reports read later convert alike.
        return new(code, Math.Round(fx.PerUsd(code), 6), date, source, note);
    }
}
