using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Data.Seed;

namespace OutsourcingAdvisor.Web.Configuration;

public static class DatabaseSetup
{
    /// <summary>
    /// SQLite from ConnectionStrings:Advisor; by default a file in the app's App_Data folder, created if missing.
    /// </summary>
    public static IServiceCollection AddAdvisorDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var connectionString = config.GetConnectionString("Advisor");
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = $"Data Source={Path.Combine(env.ContentRootPath, "App_Data", "advisor.db")}";

        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(file, env.ContentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        services.AddDbContext<AdvisorDbContext>(o => o.UseSqlite(builder.ToString()));
        services.AddSingleton<CatalogueStore>();
        services.AddScoped<SeedImporter>();
        services.AddScoped<CatalogueEditor>();
        return services;
    }

    /// <summary>Where seed-data/ is: Catalogue:SeedPath, else the copy next to the app's binaries.</summary>
    public static string SeedDirectory(IConfiguration config) =>
        config["Catalogue:SeedPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <summary>Brings the database to the state the app needs, one named step after another.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AdvisorDbContext>();
        await ApplyMigrationsAsync(db);
        await UseWriteAheadLogAsync(db);
        await services.GetRequiredService<SeedImporter>().ImportAsync(SeedDirectory(app.Configuration));
        await app.Services.GetRequiredService<CatalogueStore>().ReloadAsync(db);
        await DeleteExpiredDraftsAsync(db, services.GetRequiredService<TimeProvider>());
        await IdentitySetup.EnsureRolesAndFirstAdminAsync(services, app.Configuration, app.Logger);
    }

    private static Task ApplyMigrationsAsync(AdvisorDbContext db) => db.Database.MigrateAsync();

    /// <summary>WAL lets readers carry on while a writer commits; the setting is stored in the SQLite file itself.</summary>
    private static async Task UseWriteAheadLogAsync(AdvisorDbContext db)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>Resume links last 30 days after the last save; older drafts are only dead weight.</summary>
    private static Task<int> DeleteExpiredDraftsAsync(AdvisorDbContext db, TimeProvider clock)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - AssessmentDraft.Lifetime;
        return db.Drafts.Where(d => d.UpdatedAtUtc < cutoff).ExecuteDeleteAsync();
    }
}
