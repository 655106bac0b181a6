using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.ToTable("Sources");
        b.Property<int>(AdvisorDbContext.VersionKey);
        b.HasKey(AdvisorDbContext.VersionKey, nameof(Source.Id));
        b.HasOne<CatalogueVersionRecord>().WithMany().HasForeignKey(AdvisorDbContext.VersionKey).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Id).HasMaxLength(60);
        b.Ignore(s => s.Citation);
    }
}
