using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class MarketFactConfiguration : IEntityTypeConfiguration<MarketFact>
{
    public void Configure(EntityTypeBuilder<MarketFact> b)
    {
        b.ToTable("MarketFacts");
        b.Property<int>(AdvisorDbContext.VersionKey);
        b.HasKey(AdvisorDbContext.VersionKey, nameof(MarketFact.Id));
        b.HasOne<CatalogueVersionRecord>().WithMany().HasForeignKey(AdvisorDbContext.VersionKey).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.Id).HasMaxLength(80);
    }
}
