using System.Globalization;
using System.Text;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Assessment;

namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>
/// A stored assessment as every reader of it sees it, built once by <see cref="From"/> from the stored result
/// and nothing else: the report page, the shared report, the comparison, the JSON and both CSV downloads read
/// this, so they cannot drift apart or reach for the current catalogue.
/// </summary>
public sealed class ReportView
{
    private ReportView(AssessmentRecord record, AssessmentResponse report, bool isOwner)
    {
        Record = record;
        Report = report;
        IsOwner = isOwner;
        DownloadBase = $"/reports/{record.Id}";
    }

    /// <summary>The view of one stored assessment; <paramref name="isOwner"/> when its consultant is looking.</summary>
    public static ReportView From(AssessmentRecord record, bool isOwner = false) => new(record, AssessmentStorage.Read(record), isOwner);

    public AssessmentRecord Record { get; }
    public AssessmentResponse Report { get; }
    /// <summary>True when the consultant who owns it is looking: show the share and scenario actions.</summary>
    public bool IsOwner { get; }

    /// <summary>A US-dollar amount in the currency the owner reads the report in (<see cref="Format.Money(decimal, Domain.Scoring.OwnerSummary?)"/>).</summary>
    public string Money(decimal usd) => Format.Money(usd, Report.Owner);

    /// <summary>Where the CSV and JSON downloads live: under the report, or under the share link for its reader.</summary>
    public string DownloadBase { get; init; }

    /// <summary>The same view for the reader of a share link, whose downloads go through the link.</summary>
    public ReportView ForShareLink(string token) => new(Record, Report, isOwner: false) { DownloadBase = $"/shared/{token}" };

    /// <summary>The JSON download: the stored result byte for byte, as the API returned it.</summary>
    public string Json => Record.ResultJson;

    public ModelScore TopModel => Report.Models[0];
    public ModelScore RunnerUp => Report.Models[1];
    public LocationScore TopLocation => Report.Locations[0];

    public string Date => Report.CreatedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public string Headline
    {
        get
        {
            var r = Report.Recommendation;
            var specialization = r.Specialization is null ? "" : $", as {Domain.Catalogue.Specializations.Label(r.Specialization)}";
            if (r.Model != ModelOption.InHouse)
                return $"Hand off {Report.TaskName.ToLowerInvariant()} through {OptionNames.Label(r.Model)}{specialization}, delivered {Wire.Name(r.Location)}.";
            // Reports stored before the cost model put an outsourcing location on a hire; they read as stored.
            return Report.Alternative is null && r.Location != LocationOption.Onshore
                ? $"Hire for {Report.TaskName.ToLowerInvariant()} in-house. If you outsource part of it, go {Wire.Name(r.Location)}."
                : $"Hire for {Report.TaskName.ToLowerInvariant()} in-house, with your own staff.";
        }
    }

    /// <summary>Figures older than this many years, counted from the report's date, are marked as dated.</summary>
    public const int DatedAfterYears = 10;

    public bool IsDated(int? year) => year is { } y && Report.CreatedAt.Year - y > DatedAfterYears;

    /// <summary>"Bureau of Labor Statistics, 2023" for a cost line's source; "(dated …)" when older than ten years.</summary>
    public string Cite(string id, int? year = null)
    {
        var s = Report.Sources.FirstOrDefault(x => x.Id == id);
        var y = year ?? s?.Year;
        return $"{s?.Publisher ?? s?.Title ?? id}, {(y is null ? "year not given" : y.Value.ToString(CultureInfo.InvariantCulture))}{(IsDated(y) ? " (dated: more than ten years old)" : "")}";
    }

    /// <summary>Made with the cost model; reports stored before it render exactly as they did.</summary>
    public bool IsCostModel => Report.Cost.Price is not null || Report.Cost.InHouse is not null;

    public string Span => Report.Cost.IsTotal == true ? "in total" : "a month";

    public string Verdict
    {
        get
        {
            var c = Report.Cost;
            return c.Fit switch
            {
                "fits" => "Within your budget.",
                "partly" => "Your budget covers only the cheaper end.",
                "does-not-fit" => $"Above your budget: it would need at least {Money(c.SmallestBudget ?? 0)} {Span}"
                    + (c.WholeRangeBudget is { } all && all != c.SmallestBudget ? $" ({Money(all)} for the whole range)." : "."),
                _ => c.WithinBudget == true ? "Within your budget." : c.WithinBudget == false ? "Above your budget." : "",
            };
        }
    }

    public string LeadSentence =>
        $"The lead over {OptionNames.Label(RunnerUp.Model)} is {Domain.Assessment.Wire.Name(Report.LeadStrength)}: {Report.Lead:0.#} points ({TopModel.Score:0.#} against {RunnerUp.Score:0.#} out of 100)."
        + (Report.LeadStrength == LeadStrength.Close ? " Treat both as real options." : "");

    public static string CriterionTitle(string id) =>
        ScoringEngine.AllCriteria.FirstOrDefault(c => c.Id == id)?.Title ?? id;

    /// <summary>Score lines grouped by criterion, in the engine's criterion order, each with its option.</summary>
    public IEnumerable<(string Criterion, IReadOnlyList<(string Option, Reason Reason)> Lines)> Why()
    {
        var lines = Report.Models.SelectMany(m => m.Reasons.Select(r => (Domain.Assessment.Wire.Name(m.Model), r)))
            .Concat(Report.Locations.SelectMany(l => l.Reasons.Concat(l.Exclusions).Select(r => (OptionNames.Name(l.Location), r))))
            .ToList();
        foreach (var criterion in ScoringEngine.AllCriteria)
        {
            var group = lines.Where(x => x.r.Criterion == criterion.Id).ToList();
            if (group.Count > 0) yield return (criterion.Id, group);
        }
    }

    public string WhatIfSentence(WhatIfChange w)
    {
        var answer = Domain.Assessment.Questions.Find(w.Field)?.Phrasing(w.Value) ?? $"{w.Field} were {w.Value}";
        var changes = new List<string>();
        if (w.Model != Report.Recommendation.Model) changes.Add(OptionNames.Label(w.Model));
        if (w.Location != Report.Recommendation.Location) changes.Add($"{OptionNames.Name(w.Location)} delivery");
        return $"If {answer}, the advice would change to {string.Join(", with ", changes)}.";
    }

    /// <summary>The answers as the report lists them; the location's label is the current catalogue's name of the band.</summary>
    public IEnumerable<(string Question, string Answer)> AnswerRows(Domain.Catalogue.AdvisorCatalogue catalogue) =>
        Answers.DescribeForReport(Report.Answers, Report.TaskName, Report.Preset, catalogue).Select(r => (r.Question, r.Answer));

    public static string Points(double p) => p > 0 ? $"+{p:0.#}" : $"{p:0.#}";

    public string CsvFileName => $"assessment-{Record.CreatedAtUtc:yyyy-MM-dd}.csv";

    /// <summary>The report CSV: answers and scores, one row each, for spreadsheets.</summary>
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
            }, q.Kind == AnswerKind.TaskType ? r.TaskName : q.CsvDetail);
        foreach (var m in r.Models) Row("model score", m.Model, m.Score, "");
        foreach (var l in r.Locations)
            Row("location score", l.Location, l.Score,
                l.Excluded ? "excluded" : l.MonthlyCost is { } c ? $"{c.Low}-{c.High} USD a month" : "no price");
        Row("cost", "low", r.Cost.Low, "USD a month");
        Row("cost", "high", r.Cost.High, "USD a month");
        Row("cost", "withinBudget", r.Cost.WithinBudget, "");
        Row("cost", "inHouseLow", r.Cost.InHouseLow, "USD a month");
        Row("cost", "inHouseHigh", r.Cost.InHouseHigh, "USD a month");
        return sb.ToString();
    }

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
