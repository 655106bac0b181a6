using System.Globalization;
using OutsourcingAdvisor.Domain.Costs;
using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Text;

/// <summary>
/// The English of the advice: how money, periods, units, countries and lists are written, in one place so they can be
/// reviewed together. Sentences build money only through <see cref="Money(Text.Money)"/>.
/// </summary>
public static partial class English
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"€2,193–€10,964 a month", "£32.71 an hour", "15–22% of the hire's first-year salary", "$5,000 or more a project".</summary>
    public static string Money(Money m) => m.Per == Per.SalaryShare
        ? $"{Amount(m)} of the hire's first-year salary"
        : $"{Amount(m)} {Period(m.Per, m.Unit)}";

    /// <summary>The amount without its period, for a table whose column names the period: "€2,193–€10,964".</summary>
    public static string Amount(Money m)
    {
        if (m.Per == Per.SalaryShare)
        {
            var lo = m.Low.ToString("0.#", Invariant);
            var hi = m.High.ToString("0.#", Invariant);
            return lo == hi ? $"{lo}%" : $"{lo}–{hi}%";
        }
        var digits = DigitsOf(m);
        var low = Sign(m.Low, m.Currency, digits);
        var high = Sign(m.High, m.Currency, digits);
        if (m.OpenEnded) return $"{low} or more";
        return low == high ? low : $"{low}–{high}";
    }

    /// <summary>
    /// Whole units for monthly and total amounts; a unit price below 100 keeps the currency's minor units (both ends of
    /// a range alike), so a range never mixes "£12.50" with "£20".
    /// </summary>
    private static int DigitsOf(Money m) =>
        m.Per == Per.Unit && Math.Min(m.Low, m.High) < 100 ? m.Currency.MinorUnits : 0;

    /// <summary>One amount with its currency's sign, rounded to <paramref name="digits"/>: "€1,200", "1,200 zł", "¥18".</summary>
    public static string Sign(decimal amount, CurrencyName currency, int digits = 0)
    {
        var text = Math.Round(amount, digits, MidpointRounding.AwayFromZero).ToString("N" + digits.ToString(Invariant), Invariant);
        return currency.Symbol is { } symbol ? symbol + text : $"{text} {currency.Suffix}";
    }

    /// <summary>"a month", "in total", "an hour", "a page", "per employee a month".</summary>
    public static string Period(Per per, TradeUnit? unit = null) => per switch
    {
        Per.Month => "a month",
        Per.Total => "in total",
        Per.Unit => unit is { } u ? Each(u) : throw new ArgumentException("A unit price needs its unit.", nameof(unit)),
        _ => "of the hire's first-year salary",
    };

    /// <summary>What one trade unit is, after a price: "an hour", "a page", "a project", "per employee a month".</summary>
    public static string Each(TradeUnit unit) => unit switch
    {
        TradeUnit.Hour => "an hour",
        TradeUnit.Day => "a day",
        TradeUnit.Month => "a month",
        TradeUnit.Project => "a project",
        TradeUnit.PercentOfSalary => "of the hire's first-year salary",
        TradeUnit.EmployeeMonth => "per employee a month",
        TradeUnit.UserMonth => "per user a month",
        TradeUnit.Invoice => "an invoice",
        TradeUnit.Order => "an order",
        TradeUnit.VideoMinute => "a minute of finished video",
        TradeUnit.ProducedHour => "an hour of finished course",
        _ => "a " + Assessment.Wire.Name(unit),
    };

    /// <summary>The thing counted, plural: "pages", "claims", "employees".</summary>
    public static string Plural(TradeUnit unit) => unit switch
    {
        TradeUnit.VideoMinute => "minutes of finished video",
        TradeUnit.ProducedHour => "hours of finished course",
        TradeUnit.EmployeeMonth => "employees",
        TradeUnit.UserMonth => "users",
        TradeUnit.PercentOfSalary => "hires",
        _ => Assessment.Wire.Name(unit) + "s",
    };

    /// <summary>The thing counted, singular: "page", "employee".</summary>
    public static string Singular(TradeUnit unit) => unit switch
    {
        TradeUnit.VideoMinute => "minute of finished video",
        TradeUnit.ProducedHour => "hour of finished course",
        TradeUnit.EmployeeMonth => "employee",
        TradeUnit.UserMonth => "user",
        TradeUnit.PercentOfSalary => "hire",
        _ => Assessment.Wire.Name(unit),
    };

    /// <summary>"1 page", "2,000 pages".</summary>
    public static string Count(decimal n, string one, string many) =>
        n == 1 ? $"1 {one}" : $"{n.ToString(n % 1 == 0 ? "N0" : "N1", Invariant)} {many}";

    /// <summary>"a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    /// <summary>
    /// A name inside a sentence: its first word in small letters unless it is an abbreviation ("employee IT help desk"
    /// from "Employee IT help desk", "IT help desk" kept).
    /// </summary>
    public static string InSentence(string name)
    {
        if (name.Length == 0) return name;
        var firstWord = name.Split(' ')[0];
        return firstWord.Length > 1 && firstWord.Skip(1).Any(char.IsUpper) ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The first letter in capitals: "Offshore" from "offshore".</summary>
    public static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    // Country names that read with "the" in a sentence.
    private static readonly HashSet<string> WithThe = new(StringComparer.Ordinal)
    {
        "US", "GB", "NL", "PH", "CZ", "SK", "AE", "DO", "BS",
    };

    /// <summary>A country in a sentence: "the United States", "Germany".</summary>
    public static string CountryIn(Country country) => CountryIn(country.Code, country.Name);

    public static string CountryIn(string code, string name) => WithThe.Contains(code) ? "the " + name : name;

    /// <summary>"Germany's", "the United States'", "the Philippines'".</summary>
    public static string CountrysOwn(string code, string name)
    {
        var written = CountryIn(code, name);
        return written.EndsWith('s') ? written + "'" : written + "'s";
    }

    /// <summary>A number of points as the report prints it: "12.5", "−5".</summary>
    public static string Points(double p) => p < 0 ? "−" + (-p).ToString("0.#", Invariant) : p.ToString("0.#", Invariant);

    /// <summary>"6 December 2026".</summary>
    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Invariant);

    public static string Date(DateTime d) => d.ToString("d MMMM yyyy", Invariant);
}
