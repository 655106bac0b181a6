using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class ScenarioDetailsConfiguration : IEntityTypeConfiguration<ScenarioDetails>
{
    public void Configure(EntityTypeBuilder<ScenarioDetails> b)
    {
        b.ToTable("ScenarioDetails");
        b.HasKey(s => s.AssessmentId);
        b.Property(s => s.AssessmentId).HasMaxLength(32);
        b.Property(s => s.Name).HasMaxLength(ScenarioDetails.MaxNameLength);
        b.Property(s => s.Summary).HasMaxLength(ScenarioDetails.MaxSummaryLength);
        b.Property(s => s.Note).HasMaxLength(ScenarioDetails.MaxNoteLength);
        b.HasOne<AssessmentRecord>().WithOne().HasForeignKey<ScenarioDetails>(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AdvisorUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FirmBrandConfiguration : IEntityTypeConfiguration<FirmBrand>
{
    public void Configure(EntityTypeBuilder<FirmBrand> b)
    {
        b.ToTable("FirmBrands");
        b.HasKey(f => f.OwnerId);
        b.Property(f => f.LogoContentType).HasMaxLength(20);
        b.Property(f => f.AccentColour).HasMaxLength(7);
        b.HasOne<AdvisorUser>().WithOne().HasForeignKey<FirmBrand>(f => f.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ComparisonShareLinkConfiguration : IEntityTypeConfiguration<ComparisonShareLink>
{
    public void Configure(EntityTypeBuilder<ComparisonShareLink> b)
    {
        b.ToTable("ComparisonShareLinks");
        b.HasKey(s => s.Token);
        b.Property(s => s.Token).HasMaxLength(32);
        b.Property(s => s.AssessmentIds).HasMaxLength(4 * 33);
        b.HasOne<AdvisorUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.OwnerId);
    }
}
