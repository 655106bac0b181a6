using System.Globalization;
using System.Text;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Costs;
using OutsourcingAdvisor.Domain.Countries;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Domain.Text;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Assessment;
using R = OutsourcingAdvisor.Domain.Text.English.Report;

namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>
/// A stored assessment as every reader of it sees it, built once by <see cref="From"/> from the stored result
/// and nothing else: the report page, the shared report, the comparison, the JSON and both CSV downloads read
/// this, so they cannot drift apart or reach for the current catalogue's figures. Every amount it hands out is a
/// <see cref="Money"/> in the report's currency, counted over the engagement's period.
/// </summary>
public sealed class ReportView
{
    private ReportView(AssessmentRecord record, AssessmentResponse report, bool isOwner, CountryTable? names)
    {
        Record = record;
        Report = report;
        IsOwner = isOwner;
        Names = names;
        DownloadBase = $"/reports/{record.Id}";
        // The report's currency at the result's own dated rate, so a stored report never changes with a later rate.
        var shown = report.Owner?.Money;
        Currency = shown is null ? CurrencyName.UsDollar : names?.CurrencyOf(shown.Currency) ?? (shown.Currency == "USD" ? CurrencyName.UsDollar : CurrencyName.Unknown(shown.Currency));
        PerUsd = shown?.PerUsd ?? 1m;
    }

    /// <summary>
    /// The view of one stored assessment; <paramref name="isOwner"/> when its consultant is looking. <paramref name="names"/>
    /// (the current country table) names currencies and countries; the figures are the stored ones.
    /// </summary>
    public static ReportView From(AssessmentRecord record, bool isOwner = false, CountryTable? names = null) =>
        new(record, AssessmentStorage.Read(record), isOwner, names);

    public AssessmentRecord Record { get; }
    public AssessmentResponse Report { get; }
    /// <summary>True when the consultant who owns it is looking: show the share and scenario actions.</summary>
    public bool IsOwner { get; }
    /// <summary>The current country table, for names only (currencies, countries); null where there is none.</summary>
    public CountryTable? Names { get; }

    /// <summary>The currency the report shows money in.</summary>
    public CurrencyName Currency { get; }
    /// <summary>Units of <see cref="Currency"/> per US dollar, at the stored result's dated rate.</summary>
    public decimal PerUsd { get; }

    /// <summary>Where the CSV and JSON downloads live: under the report, or under the share link for its reader.</summary>
    public string DownloadBase { get; init; }

    /// <summary>The same view for the reader of a share link, whose downloads go through the link.</summary>
    public ReportView ForShareLink(string token) => new(Record, Report, isOwner: false, Names) { DownloadBase = $"/shared/{token}" };

    /// <summary>The JSON download: the stored result byte for byte, as the API returned it.</summary>
    public string Json => Record.ResultJson;

    public ModelScore TopModel => Report.Models[0];
    public ModelScore RunnerUp => Report.Models[1];
    public bool IsHire => Report.Recommendation.Model == ModelOption.InHouse;

    public string Date => English.Date(Report.CreatedAt);

    // ---- Money: the stored US-dollar figures in the report's currency, each with its period ----

    private decimal Convert(decimal usd) => Currency.Code == "USD" ? usd : Math.Round(usd * PerUsd, 2);

    /// <summary>US-dollar amounts of the stored result as money in the report's currency.</summary>
    public Money Usd(decimal low, decimal high, Per per, TradeUnit? unit = null, bool openEnded = false) =>
        per == Per.SalaryShare ? new(low, high, Currency, per, unit, openEnded) : new(Convert(low), Convert(high), Currency, per, unit, openEnded);

    /// <summary>Made with the cost model; reports stored before it have monthly figures only.</summary>
    public bool IsCostModel => Report.Cost.Price is not null || Report.Cost.InHouse is not null;

    private bool OneOff => Report.Answers.Engagement == Wire.Name(Engagement.OneOff);

    /// <summary>
    /// What a provider's cost is counted over: the whole job for one-off work, one project for fee-priced work that
    /// carries on, else a month (as the engine counts it; reports stored before the cost model were monthly).
    /// </summary>
    public Per ProviderPer => !IsCostModel ? Per.Month
        : OneOff ? Per.Total
        : Report.Cost.Price?.Unit == TradeUnit.Project ? Per.Unit
        : Per.Month;

    public TradeUnit? ProviderUnit => ProviderPer == Per.Unit ? TradeUnit.Project : null;

    /// <summary>A hire's cost: for the whole job when the work is one-off, else a month.</summary>
    public Per HirePer => IsCostModel && OneOff ? Per.Total : Per.Month;

    /// <summary>The period of the recommended option's cost.</summary>
    public Per CostPer => IsHire ? HirePer : ProviderPer;

    /// <summary>The budget the recommended option is set against: the total budget where it was given and applies, else a month.</summary>
    public Per BudgetPer => IsCostModel && Report.Cost.IsTotal == true && Report.Answers.TotalBudget is not null ? Per.Total : Per.Month;

    /// <summary>The budget as money: as the owner gave it when it is in the report's currency, else converted from dollars.</summary>
    public Money? Budget
    {
        get
        {
            var a = Report.Answers;
            var given = BudgetPer == Per.Total ? a.TotalBudget : a.MonthlyBudget;
            if (given is { } g && a.BudgetCurrency is { } code && code == Currency.Code) return Money.Of(g, Currency, BudgetPer);
            var usd = IsCostModel ? Report.Cost.Budget : a.MonthlyBudget;
            return usd is { } u ? Usd(u, u, BudgetPer) : null;
        }
    }

    /// <summary>The recommended option's cost, or null where there is no estimate.</summary>
    public Money? Cost
    {
        get
        {
            var c = Report.Cost;
            if (IsHire && IsCostModel) return c.InHouseLow is { } h ? Usd(h, h, HirePer) : null;
            return c.Low is { } l && c.High is { } u ? Usd(l, u, ProviderPer, ProviderUnit) : null;
        }
    }

    /// <summary>What a provider charges per trade unit in the recommended band.</summary>
    public Money? UnitPrice => Report.Cost.Price is { } p
        ? Usd(p.Low, p.High, p.Unit == TradeUnit.PercentOfSalary ? Per.SalaryShare : Per.Unit, p.Unit, p.OpenEnded)
        : null;

    /// <summary>The cost of doing it in-house: one figure since the cost model, a range before it.</summary>
    public Money? InHouse => Report.Cost.InHouseLow is { } l && Report.Cost.InHouseHigh is { } h ? Usd(l, h, HirePer) : null;

    public Money? Wage => Report.Cost.InHouse is { } w ? Usd(w.Hourly, w.Hourly, Per.Unit, TradeUnit.Hour) : null;

    /// <summary>A band's provider cost, counted as the recommended option's provider cost is.</summary>
    public Money? BandCost(LocationScore l) => l.MonthlyCost is { } m ? Usd(m.Low, m.High, ProviderPer, ProviderUnit) : null;

    public Money? AlternativeCost => Report.Alternative is { Low: { } l, High: { } h } alt
        ? Usd(l, h, OneOff ? Per.Total : alt.IsTotal == true ? Per.Unit : Per.Month, !OneOff && alt.IsTotal == true ? TradeUnit.Project : null)
        : null;

    /// <summary>A budget figure of the result (the smallest that would do), counted as the budget is.</summary>
    private Money BudgetMoney(decimal usd) => Usd(usd, usd, BudgetPer);

    // ---- Sentences ----

    public string Headline
    {
        get
        {
            var r = Report.Recommendation;
            var work = English.InSentence(Report.TaskName);
            if (r.Model != ModelOption.InHouse)
                return R.HandOff(work, r.Model, r.Specialization is null ? null : Domain.Catalogue.Specializations.Label(r.Specialization), r.Location);
            // Reports stored before the cost model put an outsourcing location on a hire; they read as stored.
            return Report.Alternative is null && r.Location != LocationOption.Onshore ? R.HireOrOutsourcePart(work, r.Location) : R.Hire(work);
        }
    }

    /// <summary>Figures older than this many years, counted from the report's date, are marked as dated.</summary>
    public const int DatedAfterYears = 10;

    public bool IsDated(int? year) => year is { } y && Report.CreatedAt.Year - y > DatedAfterYears;

    public string WhatToDo
    {
        get
        {
            var r = Report.Recommendation;
            if (r.Model == ModelOption.InHouse) return R.HireItInHouse;
            return English.Capital(OptionNames.Label(r.Model)) + (r.Specialization is { } sp ? $", as {Domain.Catalogue.Specializations.Label(sp)}" : "");
        }
    }

    /// <summary>
    /// The working hours a band shares with the owner: from the fewest to the most of its example countries on the
    /// day of the result, as the working-hours criterion and the appendix read them. Without examples (a result stored
    /// before owners were placed, or a band with none) the catalogue's figures for the band.
    /// </summary>
    public (double Min, double Max) SharedHours(LocationScore l)
    {
        var band = Report.Owner?.Bands.FirstOrDefault(b => b.Band == Wire.Name(l.Location));
        return band is { Examples.Count: > 0 }
            ? (band.Examples.Min(e => e.SharedHours), band.Examples.Max(e => e.SharedHours))
            : (l.OverlapHours.Min, l.OverlapHours.Max);
    }

    /// <summary>The recommended location and the working hours it shares with you.</summary>
    public string WhereInShort
    {
        get
        {
            // Since the cost model a hire is headlined at home, with where to outsource part of it beside it.
            if (IsHire && IsCostModel)
                return R.OwnStaff(Report.Alternative is { } alt ? Wire.Parse<LocationOption>(alt.Location) : null);
            var l = Report.Locations.First(x => x.Location == Report.Recommendation.Location);
            var (min, max) = SharedHours(l);
            return R.Delivered(l.Location, min, max);
        }
    }

    /// <summary>The cost against the budget, in a few words.</summary>
    public string Verdict
    {
        get
        {
            var c = Report.Cost;
            // A fee or a one-off job set against one month's budget says so; against a total budget it is the same period.
            var same = CostPer == BudgetPer || BudgetPer == Per.Total;
            if (!IsCostModel)
                return c.WithinBudget == true ? R.Fits(true)
                    : c.Low is { } low && low <= (Report.Answers.MonthlyBudget ?? 0) ? R.Partly(true)
                    : c.WithinBudget == false ? R.AboveAtAnyPrice : "";
            return c.Fit switch
            {
                "fits" => R.Fits(same),
                "partly" => R.Partly(same),
                "does-not-fit" => c.SmallestBudget is { } s
                    ? R.Above(BudgetMoney(s), c.WholeRangeBudget is { } all ? Usd(s, all, BudgetPer) : null)
                    : R.AboveAtAnyPrice,
                _ => "",
            };
        }
    }

    public string CostInShort
    {
        get
        {
            if (Cost is not { } cost)
                return IsHire && IsCostModel ? R.NoWage
                    : UnitPrice is { } price ? R.PriceOnly(price, price.Per == Per.SalaryShare)
                    : IsCostModel ? R.NoPrice : R.NoPriceAtAll;
            return IsHire && IsCostModel ? R.HireCost(cost, Budget, Verdict) : R.CostAgainstBudget(cost, Budget, Verdict);
        }
    }

    public string HowSureOfModel => R.ModelLead(Report.LeadStrength, Report.Lead, RunnerUp.Model);

    /// <summary>
    /// The location's lead, apart from the model's; null for a hire (who works where the owner is). Reports stored
    /// before it was worked out read it from their stored scores: a location close call is close, else by the gap.
    /// </summary>
    public string? HowSureOfLocation
    {
        get
        {
            if (IsHire && IsCostModel) return null;
            var possible = Report.Locations.Where(l => !l.Excluded).ToList();
            var first = Report.Recommendation.Location;
            var second = possible.Where(l => l.Location != first).Select(l => (LocationOption?)l.Location).FirstOrDefault();
            if (Report.LocationLead is { } lead) return R.LocationLead(lead.Strength, lead.Points, first, second);
            if (second is null) return R.LocationLead(LeadStrength.Clear, null, first, null);
            var gap = Math.Round(possible.First(l => l.Location == first).Score - possible.First(l => l.Location == second).Score, 1);
            var close = Report.CloseCalls?.Any(c => c.Kind == "location") == true || gap == 0;
            return R.LocationLead(close ? LeadStrength.Close : LeadStrength.Moderate, gap, first, second);
        }
    }

    public static string CriterionTitle(string id) =>
        ScoringEngine.AllCriteria.FirstOrDefault(c => c.Id == id)?.Title ?? id;

    /// <summary>Score lines grouped by criterion, in the engine's criterion order, each with its option.</summary>
    public IEnumerable<(string Criterion, IReadOnlyList<(string Option, Reason Reason)> Lines)> Why()
    {
        var lines = Report.Models.SelectMany(m => m.Reasons.Select(r => (Wire.Name(m.Model), r)))
            .Concat(Report.Locations.SelectMany(l => l.Reasons.Concat(l.Exclusions).Select(r => (OptionNames.Name(l.Location), r))))
            .ToList();
        foreach (var criterion in ScoringEngine.AllCriteria)
        {
            var group = lines.Where(x => x.r.Criterion == criterion.Id).ToList();
            if (group.Count > 0) yield return (criterion.Id, group);
        }
    }

    /// <summary>The currency the budgets were given in: a what-if on a budget is phrased in it.</summary>
    public CurrencyName BudgetCurrency =>
        Report.Answers.BudgetCurrency is { } code ? Names?.CurrencyOf(code) ?? CurrencyName.Unknown(code) : CurrencyName.UsDollar;

    public string WhatIfSentence(WhatIfChange w)
    {
        var question = Questions.Find(w.Field);
        var answer = question is null ? R.AnswerWere(w.Field, w.Value)
            // A budget given in dollars (the API's default) reads in the report's currency, at the result's own rate.
            : question.Kind == AnswerKind.Money && BudgetCurrency.Code == "USD" && Currency.Code != "USD"
              && decimal.TryParse(w.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var usd)
                ? question.Phrasing(Math.Round(Convert(usd)).ToString(CultureInfo.InvariantCulture), Currency)
                : question.Phrasing(w.Value, BudgetCurrency);
        var changes = new List<string>();
        if (w.Model != Report.Recommendation.Model) changes.Add(OptionNames.Label(w.Model));
        if (w.Location != Report.Recommendation.Location) changes.Add(R.LocationDelivery(w.Location));
        return R.WhatIf(answer, changes);
    }

    /// <summary>The answers as the report lists them; the location's label is the current catalogue's name of the band.</summary>
    public IEnumerable<(string Question, string Answer)> AnswerRows(Domain.Catalogue.AdvisorCatalogue catalogue) =>
        Answers.DescribeForReport(Report.Answers, Report.TaskName, Report.Preset, catalogue).Select(r => (r.Question, r.Answer));

    public static string Points(double p) => p > 0 ? $"+{English.Points(p)}" : English.Points(p);

    // ---- Downloads ----

    public string CsvFileName => $"assessment-{Record.CreatedAtUtc:yyyy-MM-dd}.csv";

    /// <summary>
    /// The report CSV: answers and scores, one row each, for spreadsheets. Money is in the report's currency with its
    /// period in the detail cell ("EUR a month"); reports in dollars read as they always have.
    /// </summary>
    public string Csv()
    {
        var r = Report;
        var sb = new StringBuilder();
        void Row(params object?[] cells) => sb.Append(CsvText.Line(cells));
        Row("section", "item", "value", "detail");
        Row("report", "id", r.Id, "");
        Row("report", "created", Created, "");
        Row("report", "catalogueVersion", r.CatalogueVersion, "");
        Row("recommendation", "model", r.Recommendation.Model, (object?)r.Recommendation.Specialization ?? "");
        Row("recommendation", "location", r.Recommendation.Location, "");
        // A follow-up left blank that no answer required is left out, as on the page.
        foreach (var q in Questions.All.Where(q => !q.FollowUp || q.ShownOnReport(r.Answers[q], o => r.Answers[o])))
            Row("answer", q.Wire, q.Kind switch
            {
                AnswerKind.Preset => r.Preset,
                _ => r.Answers.ValueOf(q),
            }, q.Kind == AnswerKind.TaskType ? r.TaskName : q.Kind == AnswerKind.Money ? r.Answers.BudgetCurrency ?? q.CsvDetail : q.CsvDetail);
        foreach (var m in r.Models) Row("model score", m.Model, m.Score, "");
        var code = Currency.Code;
        var provider = $"{code} {English.Period(ProviderPer, ProviderUnit)}";
        var hire = $"{code} {English.Period(HirePer)}";
        foreach (var l in r.Locations)
            Row("location score", l.Location, l.Score,
                l.Excluded ? "excluded" : l.MonthlyCost is { } c ? $"{Cell(c.Low)}-{Cell(c.High)} {provider}" : "no price");
        Row("cost", "low", Cell(r.Cost.Low), IsHire && IsCostModel ? hire : provider);
        Row("cost", "high", Cell(r.Cost.High), IsHire && IsCostModel ? hire : provider);
        Row("cost", "withinBudget", r.Cost.WithinBudget, "");
        Row("cost", "inHouseLow", Cell(r.Cost.InHouseLow), hire);
        Row("cost", "inHouseHigh", Cell(r.Cost.InHouseHigh), hire);
        return sb.ToString();
    }

    /// <summary>A US-dollar figure of the result as the CSV writes it: as stored in dollars, converted otherwise.</summary>
    private decimal? Cell(decimal? usd) => usd is { } u ? Convert(u) : null;

    /// <summary>The header of the one-row-per-assessment CSV (a client's export).</summary>
    public static string SummaryCsvHeader => CsvText.Line(["id", "created", .. Questions.ClientExportColumns.Select(q => q.Wire),
        "model", "specialization", "recommendedLocation", "modelScore", "costLow", "costHigh", "withinBudget", "catalogueVersion"]);

    /// <summary>This assessment as one row of a client's export.</summary>
    public string SummaryCsvLine()
    {
        var r = Report;
        return CsvText.Line([r.Id, Created, .. Questions.ClientExportColumns.Select(q => r.Answers.ValueOf(q)),
            r.Recommendation.Model, r.Recommendation.Specialization, r.Recommendation.Location,
            r.Models[0].Score, r.Cost.Low, r.Cost.High, r.Cost.WithinBudget, r.CatalogueVersion]);
    }

    public static string SummaryCsv(IEnumerable<ReportView> views) =>
        string.Concat(views.Select(v => v.SummaryCsvLine()).Prepend(SummaryCsvHeader));

    private string Created => Report.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>CSV cells as spreadsheets read them.</summary>
public static class CsvText
{
    /// <summary>One CSV line of cells, quoted and defused, ending in CRLF.</summary>
    public static string Line(params object?[] cells) => string.Join(",", cells.Select(Cell)) + "\r\n";

    /// <summary>RFC 4180 quoting, and a leading quote mark on text a spreadsheet would run as a formula.</summary>
    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            bool b => b ? "true" : "false",
            Enum e => Wire.Name(e),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (text.Length > 0 && value is string && "=+-@\t\r".Contains(text[0])) text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
