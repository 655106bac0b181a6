using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// Applies an admin's change to one catalogue entry as a new catalogue version, in one transaction, with an audit
/// entry. The form carries the entry's revision: if someone saved that entry since, the change is refused and
/// nothing is written. The unique BasedOnVersionId stops two saves landing on the same base version at once.
/// </summary>
public sealed class CatalogueEditor(AdvisorDbContext db, CatalogueStore store, TimeProvider clock)
{
    public sealed record Outcome(bool Saved, string? Conflict, string? Version);

    public const string ConflictMessage =
        "Someone else saved a change to this entry after you opened it. Nothing was saved: reload the page to see the current values, then make your change again.";

    /// <summary>The entry's revision in the current version (what an edit form must send back).</summary>
    public async Task<int> RevisionAsync<T>(Func<T, bool> isEntry) where T : class
    {
        var latest = await db.CatalogueVersions.MaxAsync(v => v.Id);
        var rows = await db.Set<T>().Where(x => EF.Property<int>(x, AdvisorDbContext.VersionKey) == latest)
            .Select(x => new { Row = x, Revision = EF.Property<int>(x, AdvisorDbContext.RevisionKey) }).ToListAsync();
        return rows.Single(r => isEntry(r.Row)).Revision;
    }

    public Task<Outcome> EditPriceAsync(string slug, PriceRange? price, int revision, string note, AdvisorUser user) =>
        EditAsync<ServiceCategory>("price", slug, c => c.Slug == slug, c => c.WithPrice(price), c => c.Price, revision, note, user);

    public Task<Outcome> EditLocationAsync(string key, Func<LocationProfile, LocationProfile> change, int revision, string note, AdvisorUser user) =>
        EditAsync<LocationProfile>("location", key, l => l.Key == key, change,
            l => new { l.CostFactorMin, l.CostFactorMax, l.GapHoursMin, l.GapHoursMax, l.OverlapHoursMin, l.OverlapHoursMax }, revision, note, user);

    public Task<Outcome> EditPresetAsync(string name, string description, Dictionary<string, double> weights, int revision, string note, AdvisorUser user) =>
        EditAsync<WeightPreset>("preset", name, p => p.Name == name, p => p.WithWeights(description, weights),
            p => new { p.Description, p.Weights }, revision, note, user);

    private async Task<Outcome> EditAsync<T>(string entity, string key, Func<T, bool> isEntry, Func<T, T> change, Func<T, object?> audited,
        int revision, string note, AdvisorUser user) where T : class
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        var latest = await db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstAsync();
        var current = await db.Set<T>().AsNoTracking().Where(x => EF.Property<int>(x, AdvisorDbContext.VersionKey) == latest.Id)
            .Select(x => new { Row = x, Revision = EF.Property<int>(x, AdvisorDbContext.RevisionKey) }).ToListAsync();
        var entry = current.Single(r => isEntry(r.Row));
        if (entry.Revision != revision) return new Outcome(false, ConflictMessage, null);

        var changed = change(entry.Row);
        var oldJson = JsonSerializer.Serialize(audited(entry.Row));
        var newJson = JsonSerializer.Serialize(audited(changed));
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{latest.ContentHash}|{entity}|{key}|{newJson}|{now:O}")));
        var version = new CatalogueVersionRecord
        {
            Label = $"{latest.Id + 1}-{hash[..8]}",
            ContentHash = hash,
            Origin = "edit",
            CreatedAtUtc = now,
            Note = $"{entity} {key}: {note}",
            DefaultPreset = latest.DefaultPreset,
            Thresholds = latest.Thresholds,
            BasedOnVersionId = latest.Id,
        };
        db.CatalogueVersions.Add(version);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another save based on the same version got there first.
            return new Outcome(false, ConflictMessage, null);
        }

        // Every row is copied into the new version; only the edited entry is swapped for its changed copy.
        object? Replace(object row) => row is T t && isEntry(t) ? changed : null;
        await CopyAsync<Source>(latest.Id, version.Id, Replace);
        await CopyAsync<ServiceCategory>(latest.Id, version.Id, Replace);
        await CopyAsync<LocationProfile>(latest.Id, version.Id, Replace);
        await CopyAsync<MarketFact>(latest.Id, version.Id, Replace);
        await CopyAsync<WeightPreset>(latest.Id, version.Id, Replace);
        db.CatalogueAudit.Add(new CatalogueAuditEntry
        {
            AtUtc = now, UserId = user.Id, UserName = user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.Id,
            Entity = entity, Key = key, OldValue = oldJson, NewValue = newJson, Note = note, CatalogueVersion = version.Label,
        });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        db.ChangeTracker.Clear();
        await store.ReloadAsync(db);
        return new Outcome(true, null, version.Label);
    }

    /// <summary>Copies every row of one kind into the new version, replacing the edited row and bumping its revision.</summary>
    private async Task CopyAsync<TRow>(int fromVersion, int toVersion, Func<object, object?> replace) where TRow : class
    {
        var hasRevision = db.Model.FindEntityType(typeof(TRow))!.FindProperty(AdvisorDbContext.RevisionKey) is not null;
        var query = db.Set<TRow>().AsNoTracking().Where(x => EF.Property<int>(x, AdvisorDbContext.VersionKey) == fromVersion);
        var rows = hasRevision
            ? await query.Select(x => new { Row = x, Revision = EF.Property<int>(x, AdvisorDbContext.RevisionKey) }).ToListAsync()
            : (await query.ToListAsync()).Select(x => new { Row = x, Revision = 0 }).ToList();
        foreach (var r in rows)
        {
            var replacement = replace(r.Row) as TRow;
            var added = db.Set<TRow>().Add(replacement ?? r.Row);
            added.Property(AdvisorDbContext.VersionKey).CurrentValue = toVersion;
            if (hasRevision) added.Property(AdvisorDbContext.RevisionKey).CurrentValue = replacement is null ? r.Revision : r.Revision + 1;
        }
    }
}
