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
                // Only the id and hash: the document itself is large and not needed to name the version.
                var version = await db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Id)
                    .Select(v => new { v.Id, v.ContentHash }).FirstOrDefaultAsync(ct);
                if (version is null) return HealthCheckResult.Unhealthy("No catalogue has been imported.");
                if (!store.IsLoaded) return HealthCheckResult.Unhealthy("The catalogue is not loaded yet.");
                return HealthCheckResult.Healthy($"Catalogue version {CatalogueVersionRecord.LabelOf(version.Id, version.ContentHash)}.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The reason goes to the log, not to the anonymous caller.
                return HealthCheckResult.Unhealthy("The database cannot be reached.", ex);
            }
        }
    }
}
