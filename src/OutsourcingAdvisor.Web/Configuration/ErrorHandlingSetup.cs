using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace OutsourcingAdvisor.Web.Configuration;

public static class ErrorHandlingSetup
{
    /// <summary>
    /// Outside Development an unhandled error shows the generic error page with a trace id (problem+json for the
    /// API), never a stack trace. Status codes without a body (404 and the like) get a friendly page.
    /// </summary>
    public static WebApplication UseAdvisorErrorHandling(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteProblem }));
            app.UseWhen(c => !IsApi(c), pages => pages.UseExceptionHandler("/Error"));
        }
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    private static Task WriteProblem(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Results.Problem(
            title: "Something went wrong on our side.",
            detail: "The error has been logged. Quote the trace id if you contact us.",
            statusCode: 500,
            extensions: new Dictionary<string, object?> { ["traceId"] = TraceId(context) }).ExecuteAsync(context);
    }
}
