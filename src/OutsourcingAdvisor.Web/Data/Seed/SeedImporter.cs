using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue.Seed;

namespace OutsourcingAdvisor.Web.Data.Seed;

/// <summary>
/// Brings seed-data/ into the database. Unchanged files import nothing; changed files become a new catalogue
/// version made from the last one. Files are read and checked in full before the first write, so a bad file
/// leaves the database exactly as it was.
/// </summary>
public sealed class SeedImporter(AdvisorDbContext db, TimeProvider clock, ILogger<SeedImporter> logger)
{
    /// <summary>Imports if needed and returns the label of the version the seed files correspond to.</summary>
    public async Task<(string Label, bool Imported)> ImportAsync(string seedDirectory, CancellationToken ct = default)
    {
        var hash = SeedReader.HashOf(seedDirectory);
        var lastSeed = await db.CatalogueVersions.AsNoTracking()
            .Where(v => v.Origin == "seed").OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct);
        if (lastSeed?.ContentHash == hash)
        {
            logger.LogInformation("Catalogue seed unchanged ({Version})", lastSeed.Label);
            return (lastSeed.Label, false);
        }

        var content = SeedReader.Read(seedDirectory);
        var latest = await CatalogueStore.LatestAsync(db, ct);
        // The seed files hold the whole document, so the new version takes all of it; it still names the last
        // version as its base, which refuses an admin edit racing the import.
        var version = new CatalogueVersionRecord
        {
            ContentHash = hash,
            Origin = "seed",
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Note = "Imported from seed-data/",
            BasedOnVersionId = latest?.Id,
            Document = content.Document,
        };
        db.CatalogueVersions.Add(version);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        logger.LogInformation("Imported catalogue version {Version}: {Categories} categories, {Sources} sources",
            version.Label, content.Document.Categories.Count, content.Document.Sources.Count);
        return (version.Label, true);
    }
}
