using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// Holds the current catalogue in memory for the engine (it is read on every assessment and changes rarely).
/// Loaded after the seed import, again after every catalogue change made here, and by <see cref="CatalogueRefresher"/>
/// when another instance on the same database saved a newer version.
/// </summary>
public sealed class CatalogueStore
{
    private sealed record Loaded(int VersionId, AdvisorCatalogue Catalogue);

    private Loaded? _current;

    public AdvisorCatalogue Current => Volatile.Read(ref _current)?.Catalogue ?? throw new InvalidOperationException("The catalogue has not been loaded yet.");

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>The id of the version in memory, or null before the first load.</summary>
    public int? VersionId => Volatile.Read(ref _current)?.VersionId;

    public async Task<AdvisorCatalogue> ReloadAsync(AdvisorDbContext db, CancellationToken ct = default)
    {
        var version = await LatestAsync(db, ct) ?? throw new InvalidOperationException("The database holds no catalogue version.");
        var catalogue = version.ToCatalogue();
        // Two reloads can race (an edit here and the refresher); the newer version wins, never the later writer.
        Loaded? seen, next = new(version.Id, catalogue);
        do
        {
            seen = Volatile.Read(ref _current);
            if (seen is not null && seen.VersionId > version.Id) return seen.Catalogue;
        } while (Interlocked.CompareExchange(ref _current, next, seen) != seen);
        return catalogue;
    }

    public static async Task<AdvisorCatalogue?> LoadLatestAsync(AdvisorDbContext db, CancellationToken ct = default) =>
        (await LatestAsync(db, ct))?.ToCatalogue();

    /// <summary>The current version: the one with the highest id.</summary>
    public static Task<CatalogueVersionRecord?> LatestAsync(AdvisorDbContext db, CancellationToken ct = default) =>
        db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct);
}
