namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>
/// How a currency reads in English (countries.json "currencies"): its name, its plural, and the sign written before
/// an amount ("€1,200") or after it ("1,200 zł"), with the ISO 4217 minor-unit digits (0 for the yen).
/// </summary>
public sealed record CurrencyName(string Code, string Name, string Plural, string? Symbol, string? Suffix, int MinorUnits = 2)
{
    /// <summary>
    /// A currency the table does not describe (a catalogue stored before currencies were data): the code stands for
    /// both the name and the sign. Every currency of the current seed data is described, and a test holds it so.
    /// </summary>
    public static CurrencyName Unknown(string code) => new(code, code, code, null, code);

    /// <summary>The US dollar, for catalogues without a country table.</summary>
    public static readonly CurrencyName UsDollar = new("USD", "US dollar", "US dollars", "$", null);
}
