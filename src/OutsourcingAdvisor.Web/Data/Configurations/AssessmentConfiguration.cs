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
        b.Property(a => a.ClientName).HasMaxLength(Domain.Assessment.AnswerLimits.MaxClientNameLength);
        b.HasIndex(a => a.CreatedAtUtc);
        b.Property(a => a.PreparedBy).HasMaxLength(AdvisorUser.MaxNameLength);
        b.Property(a => a.Firm).HasMaxLength(AdvisorUser.MaxNameLength);
        b.HasIndex(a => new { a.OwnerId, a.ClientId, a.CreatedAtUtc });
        b.HasOne<ClientRecord>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
