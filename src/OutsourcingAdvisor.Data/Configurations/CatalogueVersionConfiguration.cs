using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class CatalogueVersionConfiguration : IEntityTypeConfiguration<CatalogueVersionRecord>
{
    public void Configure(EntityTypeBuilder<CatalogueVersionRecord> b)
    {
        b.ToTable("CatalogueVersions");
        b.HasIndex(v => v.Label).IsUnique();
        b.Property(v => v.Label).HasMaxLength(40);
        b.Property(v => v.ContentHash).HasMaxLength(64);
        b.Property(v => v.Origin).HasMaxLength(10);
        b.Property(v => v.DefaultPreset).HasMaxLength(60);
        b.Property(v => v.Note).HasMaxLength(2000);
        b.OwnsOne(v => v.Thresholds, t => t.ToJson());
        b.HasIndex(v => v.BasedOnVersionId).IsUnique();
    }
}
