using System.Text.Json.Serialization;
using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Costs;

/// <summary>How a trade unit turns into a quantity of work.</summary>
public enum UnitKind { Hour, Day, Month, PerEmployee, PerProject, PerItem, PercentOfSalary }

/// <summary>The unit providers of a kind of work price in, with the names costs.json and stored results use.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TradeUnit>))]
public enum TradeUnit
{
    [JsonStringEnumMemberName("hour")] Hour,
    /// <summary>A day of <see cref="TradeUnits.HoursPerDay"/> hours.</summary>
    [JsonStringEnumMemberName("day")] Day,
    /// <summary>A flat monthly fee or retainer.</summary>
    [JsonStringEnumMemberName("month")] Month,
    /// <summary>A fixed price for the whole piece of work.</summary>
    [JsonStringEnumMemberName("project")] Project,
    /// <summary>A recruitment fee: a share of the hire's first-year salary.</summary>
    [JsonStringEnumMemberName("percent-of-salary")] PercentOfSalary,
    [JsonStringEnumMemberName("employee-month")] EmployeeMonth,
    [JsonStringEnumMemberName("user-month")] UserMonth,
    [JsonStringEnumMemberName("word")] Word,
    [JsonStringEnumMemberName("page")] Page,
    [JsonStringEnumMemberName("invoice")] Invoice,
    [JsonStringEnumMemberName("claim")] Claim,
    [JsonStringEnumMemberName("order")] Order,
    [JsonStringEnumMemberName("meeting")] Meeting,
    [JsonStringEnumMemberName("transaction")] Transaction,
    [JsonStringEnumMemberName("contract")] Contract,
    /// <summary>A minute of finished video.</summary>
    [JsonStringEnumMemberName("video-minute")] VideoMinute,
    /// <summary>An hour of finished course.</summary>
    [JsonStringEnumMemberName("produced-hour")] ProducedHour,
}

public static class TradeUnits
{
    /// <summary>A working day, for day rates against hours entered.</summary>
    public const int HoursPerDay = 8;

    public static UnitKind KindOf(TradeUnit unit) => unit switch
    {
        TradeUnit.Hour => UnitKind.Hour,
        TradeUnit.Day => UnitKind.Day,
        TradeUnit.Month => UnitKind.Month,
        TradeUnit.Project => UnitKind.PerProject,
        TradeUnit.PercentOfSalary => UnitKind.PercentOfSalary,
        TradeUnit.EmployeeMonth or TradeUnit.UserMonth => UnitKind.PerEmployee,
        TradeUnit.Word or TradeUnit.Page or TradeUnit.Invoice or TradeUnit.Claim or TradeUnit.Order or TradeUnit.Meeting
            or TradeUnit.Transaction or TradeUnit.Contract or TradeUnit.VideoMinute or TradeUnit.ProducedHour => UnitKind.PerItem,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a known trade unit"),
    };
}

/// <summary>Where a band's unit price comes from.</summary>
public enum PriceBasis
{
    /// <summary>A source prices this band directly.</summary>
    Direct,
    /// <summary>No source prices this band: another band's figure times the ratio of the bands' cost factors.</summary>
    Scaled,
    /// <summary>The source names no location; read as a US price.</summary>
    Unlocated,
    /// <summary>A share below the in-house wage (doc-002's research figure), the same wherever the provider sits.</summary>
    ShareOfWage,
    /// <summary>A fee as a share of a hire's salary, priced in another band: the share stands wherever the provider sits.</summary>
    SameShare,
}

/// <summary>What a provider in one band charges per trade unit.</summary>
public sealed record BandPrice(string Band, decimal Low, decimal High, bool OpenEnded, PriceBasis Basis, string? ScaledFrom, IReadOnlyList<string> Sources, int? OldestYear);

/// <summary>A cost factor range of a band against onshore (onshore is 1).</summary>
public readonly record struct Factor(decimal Min, decimal Max);

/// <summary>The answers the cost model reads.</summary>
public sealed record CostQuery(int HoursPerMonth, Coverage? Coverage, int? Headcount, int? Volume, bool OneOff);

/// <summary>How much of the trade unit the work needs, or null where the answers do not say (and why).</summary>
/// <remarks>English.Costs.Quantity writes it as a sentence.</remarks>
public sealed record Quantity(decimal? Amount, TradeUnit Unit, int EnteredHours, int CoveredHours, int Seats, bool OneOff);

public enum Fit { Fits, Partly, DoesNotFit, Unknown }

/// <summary>A cost against the budget it is set against, with the smallest budget that would do.</summary>
public sealed record BudgetCheck(Fit Fit, decimal? Budget, bool AgainstTotal, decimal? SmallestBudget, decimal? WholeRangeBudget)
{
    /// <summary>The most units the budget buys at the lowest price (the fewest-hours answer for hourly work).</summary>
    public decimal? MostUnits(BandPrice? price) => price is null || Budget is not { } b || price.Low <= 0 ? null : Math.Floor(b / price.Low);
}

/// <summary>
/// The pure cost calculations: unit prices per band, quantities from the answers, money ranges, the in-house cost
/// and the budget check. No rounding surprises: unit prices keep cents, money totals are whole dollars.
/// </summary>
public static class CostModel
{
    /// <summary>
    /// Hours the work really needs in a month. Extended and round-the-clock cover keep each seat staffed for the
    /// cover's hours; the hours entered say how many seats (one per full-time working month, at least one).
    /// </summary>
    public static int CoveredHours(int hoursPerMonth, Coverage? coverage, CoverHours cover)
    {
        var perSeat = coverage switch
        {
            Coverage.Extended => cover.Extended,
            Coverage.AroundTheClock => cover.RoundTheClock,
            _ => 0,
        };
        if (perSeat == 0) return hoursPerMonth;
        return Math.Max(hoursPerMonth, Seats(hoursPerMonth, cover) * perSeat);
    }

    public static int Seats(int hoursPerMonth, CoverHours cover) =>
        Math.Max(1, (int)Math.Ceiling(hoursPerMonth / (double)cover.BusinessHours));

    /// <summary>Unit price in a band: a direct figure, else one scaled from another band, else a share of the wage.</summary>
    public static BandPrice? PriceAt(CategoryCosts costs, string band, IReadOnlyDictionary<string, Factor> factors, IReadOnlyList<string> bandOrder)
    {
        var direct = Combine(costs.Prices.Where(p => p.Band == band).ToList());
        if (direct is not null) return direct with { Band = band };

        var unlocated = Combine(costs.Prices.Where(p => p.Band is null).ToList());
        (BandPrice Price, string From)? basis = null;
        // The owner's own band is the base a price is scaled from, wherever the catalogue lists it.
        var home = Assessment.Wire.Name(Scoring.LocationOption.Onshore);
        var onshore = bandOrder.Contains(home) ? home : bandOrder.Count > 0 ? bandOrder[0] : band;
        var onshoreDirect = Combine(costs.Prices.Where(p => p.Band == onshore).ToList());
        if (onshoreDirect is not null) basis = (onshoreDirect, onshore);
        else if (unlocated is not null)
        {
            if (band == onshore) return unlocated with { Band = band, Basis = PriceBasis.Unlocated };
            basis = (unlocated, onshore);
        }
        else
            foreach (var other in bandOrder)
            {
                var p = Combine(costs.Prices.Where(x => x.Band == other).ToList());
                if (p is not null) { basis = (p, other); break; }
            }

        if (basis is { } b)
        {
            // A share of a salary is already at the hire's own pay level: it is not scaled by the bands' cost factors.
            if (costs.TradeUnit == TradeUnit.PercentOfSalary)
                return b.Price with { Band = band, Basis = PriceBasis.SameShare, ScaledFrom = unlocated is not null && onshoreDirect is null ? null : b.From };
            var from = factors[b.From];
            var to = factors[band];
            return new BandPrice(band,
                Cents(b.Price.Low / from.Max * to.Min),
                Cents(b.Price.High / from.Min * to.Max),
                b.Price.OpenEnded, PriceBasis.Scaled, unlocated is not null && onshoreDirect is null ? null : b.From,
                b.Price.Sources, b.Price.OldestYear);
        }

        if (costs.PercentBelowInHouse is { } share && costs.Wage is { } wage)
            return new BandPrice(band,
                Cents(wage.Hourly * (100 - share.Max) / 100),
                Cents(wage.Hourly * (100 - share.Min) / 100),
                false, PriceBasis.ShareOfWage, null, [share.Source, wage.Source], wage.Year);
        return null;
    }

    /// <summary>
    /// The owner's own country's figures for this work, where a source prices it there (an owner in India buying
    /// from Indian providers): the onshore price as published, in place of a scaled US one. Null where none exists.
    /// </summary>
    public static BandPrice? LocalPrice(CategoryCosts costs, string countryCode, string band) =>
        Combine(costs.Prices.Where(p => string.Equals(p.ProviderCountry, countryCode, StringComparison.OrdinalIgnoreCase)).ToList()) is { } local
            ? local with { Band = band }
            : null;

    private static BandPrice? Combine(List<ProviderPrice> rows)
    {
        if (rows.Count == 0) return null;
        var years = rows.Where(r => r.Year is not null).Select(r => r.Year!.Value).ToList();
        return new BandPrice("", rows.Min(r => r.Min), rows.Max(r => r.Max), rows.Any(r => r.OpenEnded), PriceBasis.Direct, null,
            [.. rows.Select(r => r.Source).Distinct()], years.Count == 0 ? null : years.Min());
    }

    /// <summary>How many trade units the answers ask for, per month (or in total for one-off work).</summary>
    public static Quantity QuantityOf(TradeUnit unit, CostQuery q, CoverHours cover)
    {
        var hours = CoveredHours(q.HoursPerMonth, q.Coverage, cover);
        decimal? amount = TradeUnits.KindOf(unit) switch
        {
            UnitKind.Hour => hours,
            UnitKind.Day => Math.Round(hours / (decimal)TradeUnits.HoursPerDay, 1),
            UnitKind.Month or UnitKind.PerProject => 1,
            UnitKind.PerEmployee => q.Headcount,
            UnitKind.PerItem => q.Volume,
            _ => null,
        };
        return new Quantity(amount, unit, q.HoursPerMonth, hours, Seats(q.HoursPerMonth, cover), q.OneOff);
    }

    /// <summary>Whether a cost is a total for the work (one-off work, fixed-price projects) rather than a monthly bill.</summary>
    public static bool IsTotal(TradeUnit unit, bool oneOff) => oneOff || TradeUnits.KindOf(unit) == UnitKind.PerProject;

    public static (decimal Low, decimal High)? Money(BandPrice? price, Quantity quantity) =>
        price is null || quantity.Amount is not { } n ? null : (Dollars(price.Low * n), Dollars(price.High * n));

    /// <summary>The cost of doing it with own staff: wage times the hours the work needs times the loaded-cost factor.</summary>
    public static decimal? InHouse(InHouseWage? wage, CostQuery q, CostBook book) =>
        wage is null ? null : Dollars(wage.Hourly * CoveredHours(q.HoursPerMonth, q.Coverage, book.CoverHours) * book.LoadedCost.Factor);

    public static BudgetCheck Check((decimal Low, decimal High)? cost, decimal? budget, bool againstTotal)
    {
        if (cost is not { } c || budget is not { } b) return new BudgetCheck(Fit.Unknown, budget, againstTotal, cost?.Low, cost?.High);
        var fit = c.High <= b ? Fit.Fits : c.Low <= b ? Fit.Partly : Fit.DoesNotFit;
        return new BudgetCheck(fit, b, againstTotal, c.Low, c.High);
    }

    /// <summary>
    /// Whether a band's unit price is below onshore's on the sources' figures (by the middle of each range); null
    /// where either has no price. The criteria and the guidance both read it, so no sentence claims a saving the
    /// figures do not show.
    /// </summary>
    public static bool? Cheaper(BandPrice? band, BandPrice? onshore) =>
        band is null || onshore is null ? null : band.Low + band.High < onshore.Low + onshore.High;

    private static decimal Cents(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);
    private static decimal Dollars(decimal v) => Math.Round(v, 0, MidpointRounding.AwayFromZero);
}
