using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data;

public sealed class AdvisorDbContext(DbContextOptions<AdvisorDbContext> options)
    : IdentityDbContext<AdvisorUser>(options), IDataProtectionKeyContext
{
    /// <summary>Shadow column on editable catalogue rows: bumped when an admin changes the row, checked on save.</summary>
    public const string RevisionKey = "Revision";

    /// <summary>The shadow key that ties catalogue rows to their version, so the domain classes stay free of it.</summary>
    public const string VersionKey = "CatalogueVersionId";

    public DbSet<CatalogueVersionRecord> CatalogueVersions => Set<CatalogueVersionRecord>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<ServiceCategory> Categories => Set<ServiceCategory>();
    public DbSet<LocationProfile> Locations => Set<LocationProfile>();
    public DbSet<MarketFact> MarketFacts => Set<MarketFact>();
    public DbSet<WeightPreset> WeightPresets => Set<WeightPreset>();
    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();
    public DbSet<AssessmentDraft> Drafts => Set<AssessmentDraft>();
    public DbSet<ClientRecord> Clients => Set<ClientRecord>();
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();
    public DbSet<CatalogueAuditEntry> CatalogueAudit => Set<CatalogueAuditEntry>();
    public DbSet<ScenarioDetails> ScenarioDetails => Set<ScenarioDetails>();
    public DbSet<FirmBrand> FirmBrands => Set<FirmBrand>();
    public DbSet<ComparisonShareLink> ComparisonShareLinks => Set<ComparisonShareLink>();
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    /// <summary>Rows of one catalogue version.</summary>
    public IQueryable<T> OfVersion<T>(int versionId) where T : class =>
        Set<T>().AsNoTracking().Where(x => EF.Property<int>(x, VersionKey) == versionId);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AdvisorDbContext).Assembly);
    }
}
