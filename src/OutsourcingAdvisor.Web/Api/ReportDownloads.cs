using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Api;

/// <summary>A report as JSON (the API body) or CSV (answers and scores, one row each) for spreadsheets.</summary>
public static class ReportDownloads
{
    public static WebApplication MapReportDownloads(this WebApplication app)
    {
        app.MapGet("/reports/{id:length(22)}.json", async (string id, HttpContext http, AdvisorDbContext db) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var json = (await Access.AssessmentAsync(db, http, id))?.ResultJson;
            return json is null ? Results.NotFound() : Results.Text(json, "application/json");
        });
        app.MapGet("/reports/{id:length(22)}.csv", async (string id, HttpContext http, AdvisorDbContext db) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var record = await Access.AssessmentAsync(db, http, id);
            if (record is null) return Results.NotFound();
            var csv = Csv(AssessmentStorage.Read(record));
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"assessment-{record.CreatedAtUtc:yyyy-MM-dd}.csv");
        });
        return app;
    }

    public static string Csv(AssessmentResponse r)
    {
        var sb = new StringBuilder();
        void Row(params object?[] cells) => sb.Append(CsvLine(cells));
        Row("section", "item", "value", "detail");
        Row("report", "id", r.Id, "");
        Row("report", "created", r.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture), "");
        Row("report", "catalogueVersion", r.CatalogueVersion, "");
        Row("recommendation", "model", r.Recommendation.Model, r.Recommendation.Specialization ?? "");
        Row("recommendation", "location", r.Recommendation.Location, "");
        foreach (var q in Questions.All)
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

    /// <summary>One CSV line of cells, quoted and defused, ending in CRLF.</summary>
    public static string CsvLine(params object?[] cells) => string.Join(",", cells.Select(Cell)) + "\r\n";

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
