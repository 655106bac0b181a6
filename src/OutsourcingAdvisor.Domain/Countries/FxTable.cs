namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>
/// Reference exchange rates of one date, quoted as units of each currency per one unit of <see cref="Base"/>
/// (the ECB quotes against the euro). Money inside the engine stays in US dollars; this converts at the edges.
/// </summary>
public sealed record FxTable(string Base, DateOnly Date, string Source, string? Note, IReadOnlyDictionary<string, decimal> Rates)
{
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
