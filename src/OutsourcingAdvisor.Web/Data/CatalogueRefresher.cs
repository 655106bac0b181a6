using Microsoft.EntityFrameworkCore;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// Several instances can share one database, and an admin's edit reloads only the instance that saved it. Every
/// few seconds (Catalogue:RefreshSeconds, default 2) this asks the database for the newest version id, one
/// primary-key lookup, and reloads the catalogue when it is newer than the one in memory.
/// </summary>
public sealed class CatalogueRefresher(IServiceScopeFactory scopes, CatalogueStore store, IConfiguration config, ILogger<CatalogueRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.1, config.GetValue("Catalogue:RefreshSeconds", 2.0)));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AdvisorDbContext>();
                var newest = await db.CatalogueVersions.MaxAsync(v => (int?)v.Id, stoppingToken);
                if (newest is null || newest == store.VersionId) continue;
                await store.ReloadAsync(db, stoppingToken);
                logger.LogInformation("Loaded catalogue version {VersionId} saved by another instance", newest);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A database blip must not stop the refresher: the next tick tries again.
                logger.LogWarning(ex, "Could not check for a newer catalogue version");
            }
        }
    }
}
