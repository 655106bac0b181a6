using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Configuration;

public static class HealthSetup
{
    public static IServiceCollection AddAdvisorHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<CatalogueReadyCheck>("catalogue", tags: ["ready"]);
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: the database answers and holds a catalogue.</summary>
    public static WebApplication MapAdvisorHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = Write });
        return app;
    }

    private static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }

    private sealed class CatalogueReadyCheck(AdvisorDbContext db, CatalogueStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            try
            {
                var version = await db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Id).Select(v => v.Label).FirstOrDefaultAsync(ct);
                if (version is null) return HealthCheckResult.Unhealthy("No catalogue has been imported.");
                if (!store.IsLoaded) return HealthCheckResult.Unhealthy("The catalogue is not loaded yet.");
                return HealthCheckResult.Healthy($"Catalogue version {version}.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The reason goes to the log, not to the anonymous caller.
                return HealthCheckResult.Unhealthy("The database cannot be reached.", ex);
            }
        }
    }
}
