using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutsourcingAdvisor.Web.Configuration;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// Every Cleanup:IntervalMinutes, deletes what can no longer be used: drafts 30 days after their last save,
/// share links (to a report or a comparison) 30 days after they expired or were revoked (until then their readers get the "link has ended"
/// page rather than a bare 404), idempotency keys older than 24 hours and sign-in failure counts
/// whose window has closed. Driven by the app's TimeProvider, so tests move time instead of waiting.
/// </summary>
public sealed class CleanupService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<CleanupSettings> settings,
    IOptions<AuthSettings> auth, ILogger<CleanupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.Value.IntervalMinutes), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One failed round (a locked database, say) must not stop the next.
                    logger.LogWarning(ex, "Clean-up of expired rows failed; trying again at the next interval");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One round of deletes; returns how many rows went.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdvisorDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var draftCutoff = now - AssessmentDraft.Lifetime;
        var failureCutoff = now - TimeSpan.FromMinutes(auth.Value.LockoutMinutes);
        var drafts = await db.Drafts.Where(d => d.UpdatedAtUtc < draftCutoff).ExecuteDeleteAsync(ct);
        var shareCutoff = now - ShareLink.KeptAfterEnd;
        var shares = await db.ShareLinks.Where(s => s.ExpiresAtUtc < shareCutoff || s.RevokedAtUtc < shareCutoff).ExecuteDeleteAsync(ct);
        // A comparison's links end the same way and are kept as long.
        var comparisonShares = await db.ComparisonShareLinks.Where(s => s.ExpiresAtUtc < shareCutoff || s.RevokedAtUtc < shareCutoff).ExecuteDeleteAsync(ct);
        var keys = await db.IdempotencyKeys.Where(k => k.ExpiresAtUtc <= now).ExecuteDeleteAsync(ct);
        var failures = await db.SignInFailures.Where(f => f.WindowStartUtc < failureCutoff).ExecuteDeleteAsync(ct);
        var total = drafts + shares + comparisonShares + keys + failures;
        logger.Log(total > 0 ? LogLevel.Information : LogLevel.Debug,
            "Clean-up removed {Drafts} expired drafts, {Shares} share links, {ComparisonShares} comparison share links, {Keys} idempotency keys, {Failures} sign-in counts",
            drafts, shares, comparisonShares, keys, failures);
        return total;
    }
}
