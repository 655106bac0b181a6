using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// Applies an admin's change to one catalogue entry as a new catalogue version made from the last one, in one
/// transaction, with an audit entry. The form carries the entry's revision (a hash of the entry as the admin saw
/// it): if the entry has changed since, the change is refused and nothing is written. The unique
/// BasedOnVersionId stops two saves landing on the same base version at once. Changes are refused, never merged.
/// </summary>
public sealed class CatalogueEditor(AdvisorDbContext db, CatalogueStore store, TimeProvider clock)
{
    public sealed record Outcome(bool Saved, string? Conflict, string? Version);

    public const string ConflictMessage =
        "Someone else saved a change to this entry after you opened it. Nothing was saved: reload the page to see the current values, then make your change again.";

    /// <summary>What an edit form sends back to show which state of the entry the admin was looking at.</summary>
    public static string RevisionOf<T>(T entry) where T : class =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(entry, CatalogueDocument.Json)))[..16];

    public Task<Outcome> EditPriceAsync(string slug, PriceRange? price, string revision, string note, AdvisorUser user) =>
        EditAsync("price", slug, d => d.Categories.Single(c => c.Slug == slug), c => c.Price,
            d => d with { Categories = d.Categories.Replace(c => c.Slug == slug, c => c with { Price = price }) }, revision, note, user);

    public Task<Outcome> EditLocationAsync(string key, Func<LocationProfile, LocationProfile> change, string revision, string note, AdvisorUser user) =>
        EditAsync("location", key, d => d.Locations.Single(l => l.Key == key),
            l => new
            {
                CostFactorMin = l.CostFactor.Min, CostFactorMax = l.CostFactor.Max, GapHoursMin = l.TimeZoneGapHours.Min,
                GapHoursMax = l.TimeZoneGapHours.Max, OverlapHoursMin = l.OverlapHours.Min, OverlapHoursMax = l.OverlapHours.Max,
            },
            d => d with { Locations = d.Locations.Replace(l => l.Key == key, change) }, revision, note, user);

    public Task<Outcome> EditPresetAsync(string name, string description, Dictionary<string, double> weights, string revision, string note, AdvisorUser user) =>
        EditAsync("preset", name, d => d.Presets.Single(p => p.Name == name), p => new { p.Description, p.Weights },
            d => d with { Presets = d.Presets.Replace(p => p.Name == name, p => p with { Description = description, Weights = new(weights) }) },
            revision, note, user);

    private async Task<Outcome> EditAsync<T>(string entity, string key, Func<CatalogueDocument, T> find, Func<T, object?> audited,
        Func<CatalogueDocument, CatalogueDocument> change, string revision, string note, AdvisorUser user) where T : class
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        var latest = await CatalogueStore.LatestAsync(db) ?? throw new InvalidOperationException("The database holds no catalogue version.");
        var entry = find(latest.Document);
        if (RevisionOf(entry) != revision) return new Outcome(false, ConflictMessage, null);

        var document = change(latest.Document);
        var now = clock.GetUtcNow().UtcDateTime;
        var version = new CatalogueVersionRecord
        {
            ContentHash = document.Hash(),
            Origin = "edit",
            CreatedAtUtc = now,
            Note = $"{entity} {key}: {note}",
            BasedOnVersionId = latest.Id,
            Document = document,
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

        db.CatalogueAudit.Add(new CatalogueAuditEntry
        {
            AtUtc = now, UserId = user.Id, UserName = user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.Id,
            Entity = entity, Key = key, OldValue = JsonSerializer.Serialize(audited(entry)), NewValue = JsonSerializer.Serialize(audited(find(document))),
            Note = note, CatalogueVersion = version.Label,
        });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        db.ChangeTracker.Clear();
        await store.ReloadAsync(db);
        return new Outcome(true, null, version.Label);
    }
}
