using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class CatalogueVersionConfiguration : IEntityTypeConfiguration<CatalogueVersionRecord>
{
    public void Configure(EntityTypeBuilder<CatalogueVersionRecord> b)
    {
        b.ToTable("CatalogueVersions");
        b.Property(v => v.ContentHash).HasMaxLength(64);
        b.Property(v => v.Origin).HasMaxLength(10);
        b.Property(v => v.Note).HasMaxLength(2000);
        b.HasIndex(v => v.BasedOnVersionId).IsUnique();
        b.Ignore(v => v.Label);
        // The whole catalogue in one text column, written and read whole: no row of it is ever queried or updated.
        b.Property(v => v.Document)
            .HasConversion(
                d => d.ToJson(),
                s => CatalogueDocument.FromJson(s),
                new ValueComparer<CatalogueDocument>((x, y) => ReferenceEquals(x, y), d => RuntimeHelpers.GetHashCode(d), d => d));
    }
}
