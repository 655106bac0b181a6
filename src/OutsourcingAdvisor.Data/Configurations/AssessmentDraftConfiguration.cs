using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class AssessmentDraftConfiguration : IEntityTypeConfiguration<AssessmentDraft>
{
    public void Configure(EntityTypeBuilder<AssessmentDraft> b)
    {
        b.ToTable("AssessmentDrafts");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).HasMaxLength(32);
        b.Property(d => d.AssessmentId).HasMaxLength(32);
        b.Ignore(d => d.ExpiresAtUtc);
        b.HasIndex(d => d.UpdatedAtUtc);
    }
}
