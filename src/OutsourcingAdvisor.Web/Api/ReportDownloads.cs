using System.Text;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Reports;

namespace OutsourcingAdvisor.Web.Api;

/// <summary>A report as JSON (the API body) or CSV (answers and scores, one row each) for spreadsheets.</summary>
public static class ReportDownloads
{
    public static WebApplication MapReportDownloads(this WebApplication app)
    {
        app.MapMethods("/reports/{id:length(22)}.json", [HttpMethods.Get, HttpMethods.Head], async (string id, HttpContext http, AdvisorDbContext db) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var record = await Access.AssessmentAsync(db, http, id);
            return record is null ? NoReport() : Json(record);
        })
            .WithName("ReportJson").WithSummary("A report as JSON (the API body)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapMethods("/reports/{id:length(22)}.csv", [HttpMethods.Get, HttpMethods.Head], async (string id, HttpContext http, AdvisorDbContext db) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var record = await Access.AssessmentAsync(db, http, id);
            return record is null ? NoReport() : Csv(record);
        })
            .WithName("ReportCsv").WithSummary("A report as CSV: answers and scores, one row each")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // The same files for the reader of a share link, while the link lasts.
        app.MapMethods("/shared/{token:length(22)}.json", [HttpMethods.Get, HttpMethods.Head], async (string token, HttpContext http, AdvisorDbContext db, TimeProvider clock) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var (record, problem) = await SharedAsync(db, token, clock);
            return problem ?? Json(record!);
        })
            .WithName("SharedReportJson").WithSummary("A shared report as JSON, while its link lasts")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        app.MapMethods("/shared/{token:length(22)}.csv", [HttpMethods.Get, HttpMethods.Head], async (string token, HttpContext http, AdvisorDbContext db, TimeProvider clock) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var (record, problem) = await SharedAsync(db, token, clock);
            return problem ?? Csv(record!);
        })
            .WithName("SharedReportCsv").WithSummary("A shared report as CSV, while its link lasts")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    private static IResult Json(AssessmentRecord record) => Results.Text(ReportView.From(record).Json, "application/json");

    private static IResult Csv(AssessmentRecord record)
    {
        var view = ReportView.From(record);
        return Results.File(Encoding.UTF8.GetBytes(view.Csv()), "text/csv; charset=utf-8", view.CsvFileName);
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
}
