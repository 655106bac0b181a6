namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>
/// Reference exchange rates of one date, quoted as units of each currency per one unit of <see cref="Base"/>
/// (the ECB quotes against the euro). Money inside the engine stays in US dollars; this converts at the edges.
/// </summary>
public sealed record FxTable(string Base, DateOnly Date, string Source, string? Note, IReadOnlyDictionary<string, decimal> Rates)
{
    /// <summary>Rates an admin has changed since the table's date: each keeps its own date and source.</summary>
    public IReadOnlyDictionary<string, RateChange> Changes { get; init; } = new Dictionary<string, RateChange>();

    public DateOnly DateOf(string currency) => Changes.TryGetValue(currency, out var c) ? c.Date : Date;

    public string SourceOf(string currency) => Changes.TryGetValue(currency, out var c) ? c.Source : Source;

    /// <summary>The table with one rate replaced, dated and sourced on its own.</summary>
    public FxTable WithRate(string currency, decimal perBase, DateOnly date, string source) => this with
    {
        Rates = new Dictionary<string, decimal>(Rates) { [currency] = perBase },
        Changes = new Dictionary<string, RateChange>(Changes) { [currency] = new RateChange(date, source) },
    };

    public bool Offers(string? currency) => currency is not null && Rates.ContainsKey(currency);

    /// <summary>Units of <paramref name="currency"/> one US dollar buys at this table's date.</summary>
    public decimal PerUsd(string currency)
    {
        if (!Rates.TryGetValue(currency, out var target)) throw new ArgumentException($"No reference rate for {currency}.", nameof(currency));
        return target / Rates["USD"];
    }

    public decimal FromUsd(decimal usd, string currency) => currency == "USD" ? usd : usd * PerUsd(currency);

    public decimal ToUsd(decimal amount, string currency) => currency == "USD" ? amount : amount / PerUsd(currency);
}

/// <summary>When and on what source an admin set one rate.</summary>
public sealed record RateChange(DateOnly Date, string Source);
