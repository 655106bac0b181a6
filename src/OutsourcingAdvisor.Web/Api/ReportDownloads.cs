using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Api;

/// <summary>A report as JSON (the API body) or CSV (answers and scores, one row each) for spreadsheets.</summary>
public static class ReportDownloads
{
    public static WebApplication MapReportDownloads(this WebApplication app)
    {
        app.MapMethods("/reports/{id:length(22)}.json", [HttpMethods.Get, HttpMethods.Head], async (string id, HttpContext http, AdvisorDbContext db) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var json = (await Access.AssessmentAsync(db, http, id))?.ResultJson;
            return json is null ? NoReport() : Results.Text(json, "application/json");
        })
            .WithName("ReportJson").WithSummary("A report as JSON (the API body)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapMethods("/reports/{id:length(22)}.csv", [HttpMethods.Get, HttpMethods.Head], async (string id, HttpContext http, AdvisorDbContext db) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var record = await Access.AssessmentAsync(db, http, id);
            if (record is null) return NoReport();
            var csv = Csv(AssessmentStorage.Read(record));
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"assessment-{record.CreatedAtUtc:yyyy-MM-dd}.csv");
        })
            .WithName("ReportCsv").WithSummary("A report as CSV: answers and scores, one row each")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // The same files for the reader of a share link, while the link lasts.
        app.MapMethods("/shared/{token:length(22)}.json", [HttpMethods.Get, HttpMethods.Head], async (string token, HttpContext http, AdvisorDbContext db, TimeProvider clock) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var (record, problem) = await SharedAsync(db, token, clock);
            return problem ?? Results.Text(record!.ResultJson, "application/json");
        })
            .WithName("SharedReportJson").WithSummary("A shared report as JSON, while its link lasts")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        app.MapMethods("/shared/{token:length(22)}.csv", [HttpMethods.Get, HttpMethods.Head], async (string token, HttpContext http, AdvisorDbContext db, TimeProvider clock) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var (record, problem) = await SharedAsync(db, token, clock);
            return problem ?? Results.File(Encoding.UTF8.GetBytes(Csv(AssessmentStorage.Read(record!))), "text/csv; charset=utf-8", $"assessment-{record!.CreatedAtUtc:yyyy-MM-dd}.csv");
        })
            .WithName("SharedReportCsv").WithSummary("A shared report as CSV, while its link lasts")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    /// <summary>The report behind a live share link; 404 for an unknown link, 410 for a revoked or expired one.</summary>
    private static async Task<(AssessmentRecord? Record, IResult? Problem)> SharedAsync(AdvisorDbContext db, string token, TimeProvider clock)
    {
        var link = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Token == token);
        if (link is null) return (null, NoReport());
        if (link.RevokedAtUtc is not null || link.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime)
            return (null, Results.Problem(statusCode: StatusCodes.Status410Gone, title: "This share link no longer works.",
                detail: link.RevokedAtUtc is not null ? "The consultant withdrew it." : "It has expired. Ask the consultant for a new one."));
        return (await db.Assessments.AsNoTracking().FirstAsync(a => a.Id == link.AssessmentId), null);
    }

    private static IResult NoReport() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No report has this id.",
            detail: "Check the link; report ids are long and easy to cut short when copied.");

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
        var a = r.Answers;
        Row("answer", "taskType", a.TaskType, r.TaskName);
        Row("answer", "skillLevel", a.SkillLevel, "");
        Row("answer", "monthlyBudget", a.MonthlyBudget, "USD");
        Row("answer", "location", a.Location, "");
        Row("answer", "hoursPerMonth", a.HoursPerMonth, "");
        Row("answer", "goal", a.Goal, "");
        Row("answer", "engagement", a.Engagement, "");
        Row("answer", "scope", a.Scope, "");
        Row("answer", "reliance", a.Reliance, "");
        Row("answer", "customerFacing", a.CustomerFacing, "");
        Row("answer", "coverage", a.Coverage, "");
        Row("answer", "timeZoneOverlap", a.TimeZoneOverlap, "");
        Row("answer", "dataSensitivity", a.DataSensitivity, "");
        Row("answer", "onSiteRequired", a.OnSiteRequired, "");
        Row("answer", "clientName", a.ClientName, "");
        Row("answer", "preset", r.Preset, "");
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
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (text.Length > 0 && value is string && "=+-@\t\r".Contains(text[0])) text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
