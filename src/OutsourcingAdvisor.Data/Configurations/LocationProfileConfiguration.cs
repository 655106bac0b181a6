using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class LocationProfileConfiguration : IEntityTypeConfiguration<LocationProfile>
{
    public void Configure(EntityTypeBuilder<LocationProfile> b)
    {
        b.ToTable("Locations");
        b.Property<int>(AdvisorDbContext.VersionKey);
        b.Property<int>(AdvisorDbContext.RevisionKey);
        b.HasKey(AdvisorDbContext.VersionKey, nameof(LocationProfile.Key));
        b.HasOne<CatalogueVersionRecord>().WithMany().HasForeignKey(AdvisorDbContext.VersionKey).OnDelete(DeleteBehavior.Cascade);
        b.Property(l => l.Key).HasMaxLength(20);
        b.OwnsMany(l => l.Strengths, n => n.ToJson());
        b.OwnsMany(l => l.Risks, n => n.ToJson());
    }
}
