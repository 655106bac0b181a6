using System.Text.RegularExpressions;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace OutsourcingAdvisor.Web.Configuration;

public static partial class LoggingSetup
{
    /// <summary>
    /// Serilog with levels from the "Serilog" configuration section. Unless that section names its own sinks,
    /// Development logs readable lines to the console and every other environment logs compact JSON.
    /// </summary>
    public static WebApplicationBuilder AddAdvisorLogging(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var development = builder.Environment.IsDevelopment();
        // preserveStaticLogger: each host gets its own logger, so several hosts (tests) can start in one process.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(config).ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<RedactIdsEnricher>();
            if (!config.GetSection("Serilog:WriteTo").Exists())
            {
                // Through a background writer (ConsoleLogWriter): a request never waits on the console, and lines
                // queued together go out in one write. Lines are still written in order, one per request.
                logger.WriteTo.Sink(new ConsoleLogWriter(development
                    ? new MessageTemplateTextFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")
                    : new RenderedCompactJsonFormatter()));
            }
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request: method, path (ids masked), status and elapsed time; no query string, no body.</summary>
    public static WebApplication UseAdvisorRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.IncludeQueryInRequestPath = false;
            // The host's own logger (the static one is only the start-up logger).
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Probes poll often; keep them out of the normal log.
            o.GetLevel = (ctx, _, ex) =>
                ex is not null || ctx.Response.StatusCode >= 500 ? LogEventLevel.Error
                : ctx.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
        // Inside the request log: a request the client gave up on ends as 499, the client's doing, not as an error.
        app.Use(ClientClosedRequest);
        return app;
    }

    /// <summary>The status nginx logs for a request whose client closed the connection before the answer.</summary>
    public const int ClientClosedRequestStatus = 499;

    /// <summary>
    /// A client that goes away mid-request (a load tool stopping, a closed tab) cancels RequestAborted, and whatever
    /// the request was waiting on (a database query, the group-commit writer) throws OperationCanceledException.
    /// Nobody is left to answer, so the request ends here with 499 and one Information line instead of a 500 Error
    /// with a stack trace. A cancellation the client did not cause is still an error and is rethrown.
    /// </summary>
    public static async Task ClientClosedRequest(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            if (!context.Response.HasStarted) context.Response.StatusCode = ClientClosedRequestStatus;
        }
    }

    /// <summary>Report and share ids are capabilities: anyone holding one can read the report. Logs never show them.</summary>
    public static string Redact(string path) => LongToken().Replace(path, "{id}");

    [GeneratedRegex("[A-Za-z0-9_-]{20,}")]
    private static partial Regex LongToken();

    private sealed class RedactIdsEnricher : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory factory)
        {
            if (logEvent.Properties.TryGetValue("RequestPath", out var value) && value is ScalarValue { Value: string path })
                logEvent.AddOrUpdateProperty(factory.CreateProperty("RequestPath", Redact(path)));
        }
    }
}
