using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutsourcingAdvisor.Web.Data.Configurations;

public sealed class AdvisorUserConfiguration : IEntityTypeConfiguration<AdvisorUser>
{
    public void Configure(EntityTypeBuilder<AdvisorUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(AdvisorUser.MaxNameLength);
        b.Property(u => u.Firm).HasMaxLength(AdvisorUser.MaxNameLength);
    }
}

public sealed class ClientConfiguration : IEntityTypeConfiguration<ClientRecord>
{
    public void Configure(EntityTypeBuilder<ClientRecord> b)
    {
        b.ToTable("Clients");
        b.Property(c => c.Name).HasMaxLength(ClientRecord.MaxNameLength);
        b.Property(c => c.Notes).HasMaxLength(ClientRecord.MaxNotesLength);
        b.HasOne<AdvisorUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.OwnerId, c.Name });
    }
}

public sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> b)
    {
        b.ToTable("ShareLinks");
        b.HasKey(s => s.Token);
        b.Property(s => s.Token).HasMaxLength(32);
        b.HasOne<AssessmentRecord>().WithMany().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.AssessmentId);
    }
}

public sealed class CatalogueAuditConfiguration : IEntityTypeConfiguration<CatalogueAuditEntry>
{
    public void Configure(EntityTypeBuilder<CatalogueAuditEntry> b)
    {
        b.ToTable("CatalogueAudit");
        b.Property(a => a.Entity).HasMaxLength(20);
        b.Property(a => a.Key).HasMaxLength(80);
        b.Property(a => a.Note).HasMaxLength(1000);
        b.HasIndex(a => a.AtUtc);
    }
}

public sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> b)
    {
        b.ToTable("SignInFailures");
        b.HasKey(f => new { f.AccountKey, f.AddressKey });
        b.Property(f => f.AccountKey).HasMaxLength(64);
        b.Property(f => f.AddressKey).HasMaxLength(64);
        b.HasIndex(f => f.WindowStartUtc);
    }
}
