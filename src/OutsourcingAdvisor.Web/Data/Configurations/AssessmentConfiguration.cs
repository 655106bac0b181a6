using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<AssessmentRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentRecord> b)
    {
        b.ToTable("Assessments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).HasMaxLength(32);
        b.Property(a => a.CatalogueVersion).HasMaxLength(40);
        b.Property(a => a.TaskType).HasMaxLength(80);
        b.Property(a => a.Model).HasMaxLength(20);
        b.Property(a => a.Location).HasMaxLength(20);
        b.Property(a => a.ClientName).HasMaxLength(120);
        b.HasIndex(a => a.CreatedAtUtc);
    }
}
