using OutsourcingAdvisor.Domain.Costs;
using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Text;

/// <summary>What an amount of money is counted over: a month, the whole job, one trade unit, or a share of a salary.</summary>
public enum Per
{
    /// <summary>A monthly bill or budget.</summary>
    Month,
    /// <summary>The whole piece of work: one-off work, or a budget given for all of it.</summary>
    Total,
    /// <summary>One trade unit (<see cref="Money.Unit"/>): an hour, a page, a project.</summary>
    Unit,
    /// <summary>A percentage of a hire's first-year salary (a recruitment fee): the amounts are per cent, not money.</summary>
    SalaryShare,
}

/// <summary>
/// An amount, or a range of amounts, in one currency and counted over one period: the one type that carries money
/// from the engine to every sentence, which write it only through <see cref="English.Money(Money)"/>.
/// </summary>
/// <param name="OpenEnded">The source gives a floor only ("from $5,000"): the high end is that floor too.</param>
public sealed record Money(decimal Low, decimal High, CurrencyName Currency, Per Per, TradeUnit? Unit = null, bool OpenEnded = false)
{
    public static Money Of(decimal amount, CurrencyName currency, Per per, TradeUnit? unit = null) => new(amount, amount, currency, per, unit);

    /// <summary>The same amounts counted over another period (a table cell whose column says the period).</summary>
    public Money Over(Per per, TradeUnit? unit = null) => this with { Per = per, Unit = unit };
}
