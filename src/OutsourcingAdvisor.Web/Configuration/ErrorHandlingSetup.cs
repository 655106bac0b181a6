using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace OutsourcingAdvisor.Web.Configuration;

public static class ErrorHandlingSetup
{
    /// <summary>
    /// Outside Development an unhandled error shows the generic error page with a trace id (problem+json for the
    /// API and report downloads), never a stack trace. Status codes without a body get a friendly page, or for the
    /// API and downloads a problem+json body, so a program reading them never has to parse HTML.
    /// </summary>
    public static WebApplication UseAdvisorErrorHandling(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseWhen(WantsProblem, api => api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteServerProblem }));
            app.UseWhen(c => !WantsProblem(c), pages => pages.UseExceptionHandler("/Error"));
        }
        app.UseWhen(WantsProblem, api => api.UseStatusCodePages(ctx => WriteStatusProblem(ctx.HttpContext)));
        app.UseWhen(c => !WantsProblem(c), pages => pages.UseStatusCodePagesWithReExecute("/Status/{0}"));
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>/reports/{id}.json|.csv and /shared/{token}.json|.csv: files for programs and spreadsheets, not pages.</summary>
    public static bool IsDownload(HttpContext context)
    {
        var path = context.Request.Path;
        return (path.StartsWithSegments("/reports") || path.StartsWithSegments("/shared"))
            && path.Value is { } r && (r.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || r.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
    }

    public static bool WantsProblem(HttpContext context) => IsApi(context) || IsDownload(context);

    public static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    /// <summary>A problem+json body for a status set without one (404 from routing, 405, 429 from the rate limiter).</summary>
    private static Task WriteStatusProblem(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var (title, detail) = status switch
        {
            404 => ("Nothing is at this address.", "Check the link; ids are long and easy to cut short when copied."),
            405 => ("This method is not allowed here.", "See /openapi/v1.json for the methods each address takes."),
            429 => ("Too many requests.", "Wait a minute and try again."),
            _ => (ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } p ? p : "The request failed.", null as string),
        };
        return Results.Problem(title: title, detail: detail, statusCode: status,
            extensions: new Dictionary<string, object?> { ["traceId"] = TraceId(context) }).ExecuteAsync(context);
    }

    private static Task WriteServerProblem(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Results.Problem(
            title: "Something went wrong on our side.",
            detail: "The error has been logged. Quote the trace id if you contact us.",
            statusCode: 500,
            extensions: new Dictionary<string, object?> { ["traceId"] = TraceId(context) }).ExecuteAsync(context);
    }
}
