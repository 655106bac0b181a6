using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// Holds the current catalogue in memory for the engine (it is read on every assessment and changes rarely).
/// Loaded after the seed import and again after every catalogue change.
/// </summary>
public sealed class CatalogueStore
{
    private AdvisorCatalogue? _current;

    public AdvisorCatalogue Current => _current ?? throw new InvalidOperationException("The catalogue has not been loaded yet.");

    public bool IsLoaded => _current is not null;

    public async Task<AdvisorCatalogue> ReloadAsync(AdvisorDbContext db, CancellationToken ct = default)
    {
        var catalogue = await LoadLatestAsync(db, ct) ?? throw new InvalidOperationException("The database holds no catalogue version.");
        Volatile.Write(ref _current, catalogue);
        return catalogue;
    }

    public static async Task<AdvisorCatalogue?> LoadLatestAsync(AdvisorDbContext db, CancellationToken ct = default)
    {
        var version = await db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct);
        return version is null ? null : await LoadAsync(db, version, ct);
    }

    public static async Task<AdvisorCatalogue> LoadAsync(AdvisorDbContext db, CatalogueVersionRecord version, CancellationToken ct = default) =>
        new(
            version.Label,
            await db.OfVersion<Source>(version.Id).ToListAsync(ct),
            await db.OfVersion<ServiceCategory>(version.Id).ToListAsync(ct),
            await db.OfVersion<LocationProfile>(version.Id).ToListAsync(ct),
            await db.OfVersion<MarketFact>(version.Id).ToListAsync(ct),
            await db.OfVersion<WeightPreset>(version.Id).ToListAsync(ct),
            version.Thresholds,
            version.DefaultPreset);
}
