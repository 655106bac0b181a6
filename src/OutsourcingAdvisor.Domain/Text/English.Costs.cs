using OutsourcingAdvisor.Domain.Costs;

namespace OutsourcingAdvisor.Domain.Text;

public static partial class English
{
    /// <summary>"your budget of €4,000 a month", "your total budget of £9,000".</summary>
    public static string YourBudget(Money budget) => budget.Per == Per.Total
        ? $"your total budget of {Amount(budget)}"
        : $"your budget of {Money(budget)}";

    /// <summary>The sentences of the cost criteria and the cost note: every amount is a <see cref="Text.Money"/>.</summary>
    public static class Costs
    {
        // Budget fit, per band ("offshore").
        public static string BandFits(Money cost, string band, Money budget) => $"About {Money(cost)} {band}, within {YourBudget(budget)}.";
        public static string BandPartly(Money cost, string band, Money budget) => $"About {Money(cost)} {band}; {YourBudget(budget)} covers only the cheaper end.";
        public static string BandAbove(Money cost, string band, Money budget) => $"About {Money(cost)} {band}; even the low end is above {YourBudget(budget)}.";
        public static string NothingFitsCheapest(string band) => $"Nothing fits your budget; {band} is the cheapest and the closest to fitting.";

        // The budget per hour of time-priced work.
        public static string TightPerHour(Money perHour, Money tight) =>
            $"Your budget comes to about {Money(perHour)} of work, below {Money(tight)}: specialist (KPO) rates are far above BPO rates.";
        public static string AmplePerHour(Money perHour) => $"Your budget comes to about {Money(perHour)} of work, enough for specialist rates.";

        public static string HireUnaffordable(int hours, Money cost, Money wage, string occupation, Money budget) =>
            $"An employee for {hours:N0} hours costs about {Money(cost)} with on-costs (a wage of {Money(wage)}, {occupation}), more than {YourBudget(budget)}: a hire you cannot pay for is not advised.";

        // Cost by location, from the figures for this work where the sources give them for both bands.
        public static string BandTypically(string bandName, decimal min, decimal max, bool cuttingCosts) =>
            $"{bandName} delivery typically costs {Percent(min)}–{Percent(max)} of the onshore price for the same work" + (cuttingCosts ? ", and cutting costs is your goal." : ".");
        public static string BandCheaperHere(string band, Money price, Money onshore) =>
            $"For this work, {band} providers charge {Amount(price)} against {Money(onshore)} onshore.";
        public static string BandDearerHere(string band, Money price, Money onshore) =>
            $"For this work, {band} providers charge {Amount(price)} against {Money(onshore)} onshore: no saving on the sources' figures.";

        private static string Percent(decimal factor) => $"{factor * 100:0}%";

        /// <summary>How much work the answers ask for: "160 hours a month", "2,000 claims in total", "one project".</summary>
        public static string Quantity(Quantity q)
        {
            var span = q.OneOff ? "in total" : "a month";
            return TradeUnits.KindOf(q.Unit) switch
            {
                UnitKind.Hour => q.CoveredHours == q.EnteredHours
                    ? $"{q.CoveredHours:N0} hours {span}"
                    : $"{q.CoveredHours:N0} covered hours {span} ({Count(q.Seats, "seat", "seats")} staffed through the cover)",
                UnitKind.Day => $"{q.CoveredHours:N0} hours {span}, as {TradeUnits.HoursPerDay}-hour days",
                UnitKind.Month => "one monthly fee",
                UnitKind.PerProject => "one project",
                UnitKind.PerEmployee => q.Amount is { } n ? Count(n, Singular(q.Unit), Plural(q.Unit)) : "the number of employees was not given",
                UnitKind.PerItem => q.Amount is { } v ? $"{Count(v, Singular(q.Unit), Plural(q.Unit))} {span}" : $"how many {Plural(q.Unit)} {span} was not given",
                _ => "the fee depends on the salary of each person hired",
            };
        }

        public static string HireNote(int hours, string measure, Money wage, string occupation, decimal loadedFactor) =>
            $"A hire: {hours:N0} hours at the {measure} wage of {Money(wage)} ({occupation}), times {loadedFactor:0.###} for employer on-costs.";
        public static string NoWage => "No source gives a wage for this work, so the cost of a hire is not estimated.";
        public static string NoProviderPrice(string work) => $"No source gives a provider price for {work}, so this report makes no estimate of the outside cost rather than guess one.";
        public static string NoTotal(Money price, Quantity q) => price.Per == Per.SalaryShare
            ? $"Providers charge {Money(price)}, so no total can be given until the salary is known."
            : $"Providers charge {Money(price)}; {Quantity(q)}, so no total can be given.";
        public static string Priced(Quantity q, Money price, string basis, string? scaledFrom, string band) =>
            $"{Capital(Quantity(q))} at {Money(price)}" + basis switch
            {
                "scaled" => $": no source prices {band} providers directly, so the {scaledFrom ?? "onshore"} figure is scaled by the cost factors.",
                "unlocated" => ": the source names no location, so it is read as a US price.",
                "share-of-wage" => ": 40–60% below the in-house wage, as one of the source documents prices research outsourcing.",
                "same-share" => $": the {scaledFrom ?? "onshore"} share, which stands wherever the provider is.",
                _ => ".",
            };
        public static string FeeAgainstMonthly => " You gave no total budget, so each fee is set against one month's budget.";
        public static string NoCostData(string work) => $"The catalogue has no cost data for {work}, so this report makes no cost estimate rather than guess one.";

        // Warnings.
        public static string BudgetCoversNothing(Money smallest, Money? wholeRange) =>
            $"Your budget does not cover this work: the recommended option starts at about {Money(smallest)}"
            + (wholeRange is { } all && all.Low != smallest.Low ? $" ({Amount(all)} covers the whole range)." : ".");
        public static string BudgetCoversNothingAtAll => "Your budget does not cover this work at any price the sources give.";
    }
}
