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

    public static async Task<AdvisorCatalogue?> LoadLatestAsync(AdvisorDbContext db, CancellationToken ct = default) =>
        (await LatestAsync(db, ct))?.ToCatalogue();

    /// <summary>The current version: the one with the highest id.</summary>
    public static Task<CatalogueVersionRecord?> LatestAsync(AdvisorDbContext db, CancellationToken ct = default) =>
        db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct);
}
