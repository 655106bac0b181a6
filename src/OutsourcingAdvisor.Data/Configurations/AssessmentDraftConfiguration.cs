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
        b.Property(d => d.ClientKey).HasMaxLength(64);
        b.HasIndex(d => d.UpdatedAtUtc);
        b.HasIndex(d => new { d.ClientKey, d.CreatedAtUtc });
    }
}

public sealed class IdempotencyConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("IdempotencyKeys");
        b.HasKey(k => k.Id);
        b.Property(k => k.Id).HasMaxLength(64);
        b.Property(k => k.RequestHash).HasMaxLength(64);
        b.Property(k => k.AssessmentId).HasMaxLength(32);
        b.HasIndex(k => k.ExpiresAtUtc);
    }
}
