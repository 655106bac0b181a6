using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace OutsourcingAdvisor.Web.Data;

public sealed class AdvisorDbContext(DbContextOptions<AdvisorDbContext> options)
    : IdentityDbContext<AdvisorUser>(options), IDataProtectionKeyContext
{
    public DbSet<CatalogueVersionRecord> CatalogueVersions => Set<CatalogueVersionRecord>();
    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();
    public DbSet<AssessmentDraft> Drafts => Set<AssessmentDraft>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<ClientRecord> Clients => Set<ClientRecord>();
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();
    public DbSet<CatalogueAuditEntry> CatalogueAudit => Set<CatalogueAuditEntry>();
    public DbSet<ScenarioDetails> ScenarioDetails => Set<ScenarioDetails>();
    public DbSet<FirmBrand> FirmBrands => Set<FirmBrand>();
    public DbSet<ComparisonShareLink> ComparisonShareLinks => Set<ComparisonShareLink>();
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcMicrosecondDateTimeConverter>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcMicrosecondDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AdvisorDbContext).Assembly);
    }
}
