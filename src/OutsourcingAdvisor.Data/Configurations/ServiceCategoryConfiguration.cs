using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class ServiceCategoryConfiguration : IEntityTypeConfiguration<ServiceCategory>
{
    public void Configure(EntityTypeBuilder<ServiceCategory> b)
    {
        b.ToTable("Categories");
        b.Property<int>(AdvisorDbContext.VersionKey);
        b.Property<int>(AdvisorDbContext.RevisionKey);
        b.HasKey(AdvisorDbContext.VersionKey, nameof(ServiceCategory.Slug));
        b.HasOne<CatalogueVersionRecord>().WithMany().HasForeignKey(AdvisorDbContext.VersionKey).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Slug).HasMaxLength(80);
        b.Property(c => c.Name).HasMaxLength(CatalogueRules.MaxNameLength);
        b.Property(c => c.Description).HasMaxLength(CatalogueRules.MaxTextLength);
        b.OwnsOne(c => c.Price, p => p.ToJson());
        b.OwnsOne(c => c.InHouseWage, p => p.ToJson());
    }
}
