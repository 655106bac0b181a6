using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Text;

public static partial class English
{
    /// <summary>A model as the subject of a heading or list: "BPO", "KPO", "a one-off project", "a hire of your own".</summary>
    public static string ModelNoun(ModelOption model) => model switch
    {
        ModelOption.Bpo => "BPO",
        ModelOption.Kpo => "KPO",
        ModelOption.Project => "a one-off project",
        _ => "a hire of your own",
    };

    /// <summary>The fixed sentences of the report, the shared report and the comparison.</summary>
    public static class Report
    {
        public const string Kind = "Outsourcing recommendation";
        public const string PreparedFor = "Prepared for";
        public const string Date = "Date";
        public const string Scenario = "Scenario";

        // In short.
        public const string WhatToDo = "What to do";
        public const string Where = "Where";
        public const string WhatItCosts = "What it will cost";
        public const string HowSure = "How sure";

        public static string HandOff(string work, ModelOption model, string? specialization, LocationOption location) =>
            $"Hand off {work} through {OptionNames.Label(model)}{(specialization is null ? "" : $", as {specialization}")}, delivered {OptionNames.Name(location)}.";
        public static string Hire(string work) => $"Hire for {work} in-house, with your own staff.";
        public static string HireOrOutsourcePart(string work, LocationOption location) => $"Hire for {work} in-house. If you outsource part of it, go {OptionNames.Name(location)}.";
        public static string Delivered(LocationOption location, double minHours, double maxHours) =>
            $"{Capital(OptionNames.Name(location))}, sharing {Range(minHours, maxHours)} working hours a day with you.";
        public static string OwnStaff(LocationOption? outsourced) =>
            "Your own staff, where you are." + (outsourced is { } l ? $" If you outsource part of it: {OptionNames.Name(l)}." : "");
        public static string HireItInHouse => "Hire for it in-house";

        public static string CostAgainstBudget(Money cost, Money? budget, string verdict) =>
            $"{Capital(Money(cost))}{(budget is { } b ? $"; {BudgetIs(b)}" : "")}. {verdict}".TrimEnd();
        public static string HireCost(Money cost, Money? budget, string verdict) =>
            $"{Capital(Money(cost))} for the hire{(budget is { } b ? $"; {BudgetIs(b)}" : "")}. {verdict}".TrimEnd();
        /// <summary>"your budget is €4,000 a month", "your total budget is £9,000".</summary>
        public static string BudgetIs(Money budget) => budget.Per == Per.Total ? $"your total budget is {Amount(budget)}" : $"your budget is {Money(budget)}";
        public const string NoWage = "Not estimated: no source gives a wage for this work.";
        public const string LegacyInHouse = "for an employee, on-costs included";
        public const string NoPrice = "No estimate: no source gives a provider price for this work.";
        public const string NoPriceAtAll = "No estimate: no source gives a price for this work.";

        // Against the budget: the same period, or one fee set against one month's budget.
        public static string Fits(bool samePeriod) => samePeriod ? "Within your budget." : "Within one month's budget.";
        public static string Partly(bool samePeriod) => samePeriod ? "Your budget covers only the cheaper end." : "One month's budget covers only the cheaper end.";
        public static string Above(Money smallest, Money? wholeRange) =>
            $"Above your budget: it would need at least {Money(smallest)}" + (wholeRange is { } all && all.Low != smallest.Low ? $" ({Amount(all)} for the whole range)." : ".");
        public const string AboveAtAnyPrice = "Above your budget.";

        // How sure: the model's lead and the location's, each on its own.
        public static string ModelLead(LeadStrength strength, double lead, ModelOption runnerUp) => strength switch
        {
            LeadStrength.Clear => $"Fairly sure of the model: a clear lead of {Points(lead)} points over {OptionNames.Label(runnerUp)}.",
            LeadStrength.Moderate => $"Reasonably sure of the model: {Points(lead)} points ahead of {OptionNames.Label(runnerUp)}.",
            _ => lead == 0
                ? $"Not sure of the model: {OptionNames.Label(runnerUp)} is level on points (the tie rule is in the appendix), so treat both as real options."
                : $"Not sure of the model: {OptionNames.Label(runnerUp)} is only {Points(lead)} points behind, so treat both as real options.",
        };
        public static string LocationLead(LeadStrength strength, double? lead, LocationOption first, LocationOption? second) => (strength, lead, second) switch
        {
            (_, null, _) or (_, _, null) => $"{Capital(OptionNames.Name(first))} is the only location not ruled out.",
            (LeadStrength.Clear, _, _) => $"Fairly sure of the location: {OptionNames.Name(first)} leads {OptionNames.Name(second.Value)} by {Points(lead.Value)} points.",
            (LeadStrength.Moderate, _, _) => $"Reasonably sure of the location: {OptionNames.Name(first)} leads {OptionNames.Name(second.Value)} by {Points(lead.Value)} points.",
            _ => lead == 0
                ? $"Not sure of the location: {OptionNames.Name(second.Value)} is level on points with {OptionNames.Name(first)} (the tie rule is in the appendix)."
                : $"Not sure of the location: {OptionNames.Name(second.Value)} is only {Points(lead.Value)} points behind {OptionNames.Name(first)}.",
        };

        // Call-outs.
        public const string BudgetWarning = "Your budget does not cover this.";
        public const string CheckAnswers = "Check your answers:";
        public const string YourPreference = "Your location preference:";
        public const string TieRules = "How ties are settled";
        public static string ModelTieRule(string rule) => $"Between models: {rule}.";
        public static string LocationTieRule(string rule) => $"Between locations: {rule}.";

        // Actions.
        public const string Print = "Print this report";
        public const string PrintHint = "To print, use your browser's Print command (Ctrl+P or ⌘P).";
        public const string DownloadCsv = "Download as CSV";
        public const string DownloadJson = "Download as JSON";
        public const string NameIt = "Name it, add your note";
        public const string Share = "Share with the client";
        public const string Duplicate = "Duplicate as a new scenario";

        // The cost section.
        public const string CostHeading = "Cost against your budget";
        public const string YourBudgetLabel = "Your budget";
        public const string NotGiven = "Not given";
        public static string WhatProvidersCharge(string kind, LocationOption location) => $"What {kind} charges, {OptionNames.Name(location)}";
        public const string AProvider = "a provider";
        public const string EstimatedCost = "Estimated cost";
        public static string ForQuantity(string quantity) => $"for {quantity}";
        public const string NoTotal = "No total: the answers do not say how much of the work there is.";
        public const string NoTotalSalary = "No total: it depends on each hire's salary.";
        public static string PriceOnly(Money price, bool salaryShare) =>
            $"{Capital(Money(price))}; " + (salaryShare ? "no total until each hire's salary is known." : "no total, as the answers do not say how much of the work there is.");
        public const string CostOfTheHire = "Cost of the hire";
        public const string DoingItInHouse = "Doing it in-house";
        public const string HowTheHireIsCosted = "How the hire is costed";
        public static string HireBasis(int hours, string measure, Money wage, string occupation, decimal loadedFactor) =>
            $"{hours:N0} hours at the {measure} wage of {Money(wage)} ({occupation}), times {loadedFactor:0.###} for on-costs";
        public static string DatedFigure(int year) => $" (a {year} figure, more than ten years old)";
        public const string WhoToBuyFrom = "Who to buy from and how they charge";
        public static string BuyFrom(string kind, string pricing) => $"Usually {kind}, charging {pricing}.";
        public static string OwnEmployee(string pricing) => $"Your own employee, paid {pricing}.";
        public const string GeneralGuidance = "General guidance: no source names them for this work.";
        public const string OutsourcePartInstead = "If you outsource part of it instead";
        public static string Alternative(ModelOption model, LocationOption location, Money? cost) =>
            $"{Capital(OptionNames.Label(model))}, {OptionNames.Name(location)}{(cost is { } c ? $": {Money(c)}" : "")}.";
        public static string Basis(string basis, string? scaledFrom) => basis switch
        {
            "direct" => "priced by the sources for this location",
            "scaled" => $"no source prices this location: the {scaledFrom ?? "onshore"} figure scaled by the locations' cost factors",
            "unlocated" => "the source names no location; read as a US price",
            "same-share" => $"the {scaledFrom ?? "onshore"} share, which stands wherever the provider is",
            _ => "40–60% below the in-house wage, as one of the source documents prices research outsourcing",
        };
        public static string UsPricesUsed(Domain.Countries.Country owner) =>
            $"Onshore figures and the hire are at US prices: no source gives {CountrysOwn(owner.Code, owner.Name)} own prices or wage level for this work.";
        public static string UsPricesUsed(string code, string name) =>
            $"Onshore figures and the hire are at US prices: no source gives {CountrysOwn(code, name)} own prices or wage level for this work.";

        // The locations table.
        public const string LocationsHeading = "Where the work could be done";
        public const string LocationsHeadingForHire = "If you outsource part of it instead: where";
        public const string Location = "Location";
        public const string Score = "Score";
        public static string CostColumn(Per per, Domain.Costs.TradeUnit? unit) => per switch
        {
            Per.Month => "Cost a month",
            Per.Total => "Cost in total",
            _ => $"Cost {Period(per, unit)}",
        };
        public const string SharedHours = "Shared working hours";
        public const string Recommended = "recommended";
        public const string BestIfOutsourced = "best if outsourced";
        public static string RuledOut(IEnumerable<string> why) => " — ruled out: " + string.Join(" ", why);
        public const string NoEstimate = "No estimate";
        public static string HoursADay(double min, double max) => $"{Range(min, max)} hours a day";

        // What would change it.
        public const string WhatIfHeading = "What would change this";
        public const string Robust = "No single change to your answers would change the recommendation.";
        public static string WhatIf(string clause, IEnumerable<string> changes) => $"If {clause}, the advice would change to {string.Join(", with ", changes)}.";
        public static string LocationDelivery(LocationOption l) => $"{OptionNames.Name(l)} delivery";
        /// <summary>A what-if on an answer the questionnaire no longer asks (a result stored before it changed).</summary>
        public static string AnswerWere(string field, string value) => $"{field} were {value}";

        /// <summary>The page title of a report: "Recommendation for Payroll".</summary>
        public static string TitleFor(string task) => $"Recommendation for {task}";

        /// <summary>A criterion's net effect on an option it ruled out: "Offshore ruled out".</summary>
        public static string OptionRuledOut(string option) => $"{option} ruled out";
        public static string MoreWhatIfs(int n) => n == 1 ? "One more change is listed in the appendix." : $"{n} more changes are listed in the appendix.";

        // What to expect.
        public const string ExpectHeading = "What to expect";
        public static string StrengthsOf(string what) => $"Strengths of {what}";
        public static string RisksOf(string what) => $"Risks of {what}";
        public static string Delivery(LocationOption l) => $"{OptionNames.Name(l)} delivery";
        public const string FirstSteps = "First steps";
        public const string MoreToExpect = "More to expect";

        // The appendix.
        public const string Appendix = "Appendix";
        public const string ScoresHeading = "Scores";
        public const string ModelChart = "How each way of getting the work done scores (0–100)";
        public const string LocationChart = "How each delivery location scores (0–100)";
        public const string WhyHeading = "Why: every point, with its source";
        public const string WhyHint = "Each group shows what it added up to; open it for the points behind it.";
        public const string OtherChanges = "Other changes that would change the advice";
        public const string AnswersHeading = "The answers this report is based on";
        public const string SourcesHeading = "Sources";
        public const string OneOfTheDocuments = "One of the five source documents.";
        public const string OwnWeighting = "The app's own weighting.";
        public const string Dated = "(dated)";
        public const string YearNotGiven = "year not given";
        public static string Footer(string by, string date, string reference) => $"{by} · made {date} · report reference {reference}";

        // Where the business is.
        public const string OwnerHeading = "Where your business is";
        public const string YourBusiness = "Your business";
        public static string Business(string country, string zone, bool assumed) => $"{country}, on {zone} time{(assumed ? " (assumed)" : "")}";
        public const string SharedHoursFor = "Shared hours worked out for";
        public static string SharedHoursOn(string date) => $"{date}, 9:00–17:00 on both sides, daylight saving included";
        public const string OnshorePrices = "Onshore prices";
        public const string MoneyInReport = "Money in this report";
        public static string MoneyIn(Domain.Countries.CurrencyName currency, decimal perUsd, string rateDate) => currency.Code == "USD"
            ? "US dollars."
            : $"{Capital(currency.Plural)}, at the reference rate of {rateDate}: 1 US dollar = {perUsd.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)} {(perUsd == 1 ? currency.Name : currency.Plural)}.";
        public static string ExamplesHeading(LocationOption band) => $"Example countries for {OptionNames.Name(band)} delivery";
        public const string NoCountryInBand = "No country in the catalogue falls in this band for your business.";
        public static string ExamplePoints(double points) => $"{points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} points";
        public static string LeftOut(IEnumerable<string> reasons) => "Left out of this band: " + string.Join(" ", reasons);
        public static string ExamplesInAppendix(LocationOption band) => $"Example countries for {OptionNames.Name(band)} delivery are in the appendix.";

        // Work not in the list.
        public const string NotListedTitle = "Your work is not in our list.";
        public const string NotListed = "So nothing here rests on what kind of work it is, and there is no price to set against your budget. The advice leans on these answers:";

        // The consultant's note.
        public const string NoteHeading = "Consultant's note";
        public static string NoteFrom(string who) => $"From {who}: their own view, apart from the advice worked out from the answers.";
        public const string YourConsultant = "your consultant";
        public const string InTheirWords = "In their words:";

        /// <summary>"4.5–8", "8": hours to the half hour, without ".0".</summary>
        public static string Range(double min, double max)
        {
            string Of(double h) => h.ToString("0.#", Invariant);
            return Of(min) == Of(max) ? Of(min) : $"{Of(min)}–{Of(max)}";
        }
    }

    /// <summary>The comparison of scenarios.</summary>
    public static class Comparison
    {
        public const string Kind = "Comparison of scenarios";
        public const string Title = "Compare scenarios";
        public static string TitleFor(string client) => $"Scenarios for {client}";
        public static string Lead(int n) => $"{n} scenarios side by side. Where an answer or the outcome differs, the row is marked “differs”.";
        public const string Print = "Print this comparison";
        public const string ShareIt = "Share this comparison with the client";
        public const string Decision = "The decision";
        public const string Answers = "Answers";
        public const string Scores = "Scores (0–100) and the in-house cost";
        public const string ScoresHint = "Scores always differ a little between scenarios, so they are not marked.";
        public const string RecommendedModel = "Recommended model";
        public const string Where = "Where";
        public const string Cost = "Cost";
        public const string FitsBudget = "Fits the budget";
        public const string SureOfModel = "How sure of the model";
        public const string SureOfLocation = "How sure of the location";
        public const string InHouseCost = "In-house cost";
        public const string Yes = "Yes";
        public const string No = "No";
        public const string CheaperEnd = "Only the cheaper end";
        public const string CannotTell = "Cannot tell (no price)";
        public const string NotEstimated = "Not estimated";
        public static string ScoreOf(string option) => $"Score: {option}";
        public static string Excluded(double score) => $"{Points(score)} (ruled out)";
        public static string Differs(string label) => $"{label} (differs)";
        public static string Strength(LeadStrength s) => s switch
        {
            LeadStrength.Clear => "Clear lead",
            LeadStrength.Moderate => "Moderate lead",
            _ => "Close call",
        };
        public const string NotStated = "Not stated";
        public const string OwnStaff = "Own staff";
    }
}
