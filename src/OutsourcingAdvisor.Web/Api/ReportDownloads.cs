using System.Text;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Reports;

namespace OutsourcingAdvisor.Web.Api;

/// <summary>A report as JSON (the API body) or CSV (answers and scores, one row each) for spreadsheets.</summary>
public static class ReportDownloads
{
    public static WebApplication MapReportDownloads(this WebApplication app)
    {
        app.MapGet("/reports/{id:length(22)}.json", async (string id, HttpContext http, AdvisorDbContext db) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var record = await Access.AssessmentAsync(db, http, id);
            return record is null ? Results.NotFound() : Results.Text(ReportView.From(record).Json, "application/json");
        });
        app.MapGet("/reports/{id:length(22)}.csv", async (string id, HttpContext http, AdvisorDbContext db) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var record = await Access.AssessmentAsync(db, http, id);
            if (record is null) return Results.NotFound();
            var view = ReportView.From(record);
            return Results.File(Encoding.UTF8.GetBytes(view.Csv()), "text/csv; charset=utf-8", view.CsvFileName);
        });
        return app;
    }
}
