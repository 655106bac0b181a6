using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue.Seed;

namespace OutsourcingAdvisor.Web.Data.Seed;

/// <summary>
/// Brings seed-data/ into the database. Unchanged files import nothing; changed files become a new catalogue
/// version in one transaction. Files are read and checked in full before the first write, so a bad file leaves
/// the database exactly as it was.
/// </summary>
public sealed class SeedImporter(AdvisorDbContext db, ILogger<SeedImporter> logger)
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
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = (await db.CatalogueVersions.MaxAsync(v => (int?)v.Id, ct) ?? 0) + 1;
        var version = new CatalogueVersionRecord
        {
            Label = $"{number}-{hash[..8]}",
            ContentHash = hash,
            Origin = "seed",
            CreatedAtUtc = DateTime.UtcNow,
            Note = "Imported from seed-data/",
            DefaultPreset = content.DefaultPreset,
            Thresholds = content.Thresholds,
            BasedOnVersionId = await db.CatalogueVersions.MaxAsync(v => (int?)v.Id, ct),
        };
        db.CatalogueVersions.Add(version);
        await db.SaveChangesAsync(ct);

        AddRows(db.Sources, content.Sources, version.Id);
        AddRows(db.Categories, content.Categories, version.Id);
        AddRows(db.Locations, content.Locations, version.Id);
        AddRows(db.MarketFacts, content.MarketFacts, version.Id);
        AddRows(db.WeightPresets, content.Presets, version.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();

        logger.LogInformation("Imported catalogue version {Version}: {Categories} categories, {Sources} sources",
            version.Label, content.Categories.Count, content.Sources.Count);
        return (version.Label, true);
    }

    private void AddRows<T>(DbSet<T> set, IEnumerable<T> rows, int versionId) where T : class
    {
        foreach (var row in rows)
        {
            var entry = set.Add(row);
            entry.Property(AdvisorDbContext.VersionKey).CurrentValue = versionId;
            if (entry.Metadata.FindProperty(AdvisorDbContext.RevisionKey) is not null)
                entry.Property(AdvisorDbContext.RevisionKey).CurrentValue = 1;
        }
    }
}
