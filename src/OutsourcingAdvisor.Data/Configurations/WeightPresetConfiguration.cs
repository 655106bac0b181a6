using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class WeightPresetConfiguration : IEntityTypeConfiguration<WeightPreset>
{
    public void Configure(EntityTypeBuilder<WeightPreset> b)
    {
        b.ToTable("WeightPresets");
        b.Property<int>(AdvisorDbContext.VersionKey);
        b.Property<int>(AdvisorDbContext.RevisionKey);
        b.HasKey(AdvisorDbContext.VersionKey, nameof(WeightPreset.Name));
        b.HasOne<CatalogueVersionRecord>().WithMany().HasForeignKey(AdvisorDbContext.VersionKey).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.Name).HasMaxLength(60);
        // A criterion-to-weight map is stored as one JSON text column: it is read and written whole.
        b.Property(p => p.Weights)
            .HasConversion(
                w => JsonSerializer.Serialize(w, (JsonSerializerOptions?)null),
                s => JsonSerializer.Deserialize<Dictionary<string, double>>(s, (JsonSerializerOptions?)null) ?? new Dictionary<string, double>(),
                new ValueComparer<Dictionary<string, double>>(
                    (x, y) => x!.Count == y!.Count && !x.Except(y).Any(),
                    d => d.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
                    d => new Dictionary<string, double>(d)));
    }
}
