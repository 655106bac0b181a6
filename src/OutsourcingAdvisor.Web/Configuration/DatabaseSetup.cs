using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Migrations.PostgreSql;
using OutsourcingAdvisor.Migrations.Sqlite;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Data.Seed;

namespace OutsourcingAdvisor.Web.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class DatabaseSetup
{
    /// <summary>Session-level PostgreSQL advisory lock held while one instance does the start-up work.</summary>
    private const long StartupLockKey = 0x4F41_5354_4152_5450; // "OASTARTP"

    /// <summary>Database:Provider: Sqlite (default) or PostgreSQL.</summary>
    public static DatabaseProvider ProviderOf(IConfiguration config) => config["Database:Provider"] switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var p when p.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
        var p when p.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || p.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
            => DatabaseProvider.PostgreSql,
        var p => throw new InvalidOperationException($"Database:Provider '{p}' is not known: use Sqlite or PostgreSQL."),
    };

    /// <summary>
    /// SQLite from ConnectionStrings:Advisor (by default a file in the app's App_Data folder, created if missing), or
    /// PostgreSQL when Database:Provider says so (then the connection string is required). Each provider brings its
    /// own migrations assembly. Contexts are pooled: every request uses one, and a pooled one skips most set-up.
    /// </summary>
    public static IServiceCollection AddAdvisorDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var provider = ProviderOf(config);
        var connectionString = config.GetConnectionString("Advisor");
        if (provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:Advisor is not set.");
            services.AddDbContextPool<AdvisorDbContext>(o => PostgreSqlProvider.Use(o, connectionString));
        }
        else
        {
            var sqlite = SqliteConnectionString(connectionString, env.ContentRootPath);
            services.AddDbContextPool<AdvisorDbContext>(o => SqliteProvider.Use(o, sqlite));
        }
        services.AddSingleton<CatalogueStore>();
        services.AddSingleton<AssessmentWriter>();
        services.AddHostedService<CatalogueRefresher>();
        services.AddScoped<SeedImporter>();
        services.AddScoped<CatalogueEditor>();
        services.AddHostedService<CleanupService>();
        return services;
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(contentRoot, "App_Data", "advisor.db")}"
            : configured);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(file, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }

    /// <summary>Where seed-data/ is: Catalogue:SeedPath, else the copy next to the app's binaries.</summary>
    public static string SeedDirectory(IConfiguration config) =>
        config["Catalogue:SeedPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <summary><c>dotnet OutsourcingAdvisor.Web.dll migrate</c>: do the start-up database work, then exit.</summary>
    public static bool IsMigrateCommand(string[] args) => args.Length > 0 && args[0] == "migrate";

    /// <summary>
    /// Brings the database to the state the app needs, one named step after another. On PostgreSQL all of it runs
    /// under an advisory lock, so instances started together on an empty database take turns instead of racing; the
    /// one that waited finds the work done.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AdvisorDbContext>();
        await using var startupLock = await StartupLockAsync(db, app.Logger);
        await UseLargerPagesInANewFileAsync(db);
        await ApplyMigrationsAsync(db);
        await UseWriteAheadLogAsync(db);
        await services.GetRequiredService<SeedImporter>().ImportAsync(SeedDirectory(app.Configuration));
        await app.Services.GetRequiredService<CatalogueStore>().ReloadAsync(db);
        // Expired drafts, share links and keys go now, then every Cleanup:IntervalMinutes (CleanupService).
        await app.Services.GetServices<IHostedService>().OfType<CleanupService>().Single().RunOnceAsync(CancellationToken.None);
        await IdentitySetup.EnsureRolesAndFirstAdminAsync(services, app.Configuration, app.Logger);
        MakeDataProtectionKey(services);
    }

    private static Task ApplyMigrationsAsync(AdvisorDbContext db) => db.Database.MigrateAsync();

    /// <summary>SQLite's page size for a new database file (an existing file keeps the size it was made with).</summary>
    public const int SqlitePageSize = 16384;

    /// <summary>
    /// A new SQLite file gets 16 KB pages instead of 4 KB: a stored result (about 20 KB) then spans two overflow
    /// pages instead of six, and each page is one write to the log and one to the file. Measured on inserts of
    /// real results, committed 16 at a time: about a quarter less CPU per row. The size can only be chosen before
    /// the first table is made, so it is set, and the file's header written with WAL mode, ahead of the migrations.
    /// </summary>
    private static async Task UseLargerPagesInANewFileAsync(AdvisorDbContext db)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var count = connection.CreateCommand();
            count.CommandText = "PRAGMA page_count;";
            if (Convert.ToInt64(await count.ExecuteScalarAsync()) != 0) return;
            await using var set = connection.CreateCommand();
            set.CommandText = $"PRAGMA page_size={SqlitePageSize}; PRAGMA journal_mode=WAL;";
            await set.ExecuteNonQueryAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>WAL lets readers carry on while a writer commits; the setting is stored in the SQLite file itself.</summary>
    private static async Task UseWriteAheadLogAsync(AdvisorDbContext db)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>
    /// Made here, under the lock, so instances sharing a database share one key from the start: otherwise two first
    /// starts could each make a key and refuse the other's cookies until their key rings refresh.
    /// </summary>
    private static void MakeDataProtectionKey(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("startup").Protect([1]);

    private static Task<IAsyncDisposable> StartupLockAsync(AdvisorDbContext db, ILogger logger) =>
        IsPostgreSql(db.Database) ? PostgreSqlStartupLock.TakeAsync(db, logger, StartupLockKey) : Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    /// <summary>
    /// The provider by its name, as EF Core's own IsNpgsql() compares it, without calling into Npgsql: on SQLite the
    /// Npgsql assemblies then never load (see Data/LoadedAssembliesTests.cs).
    /// </summary>
    public static bool IsPostgreSql(Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database) =>
        database.ProviderName == PostgreSqlProviderName;

    private const string PostgreSqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>PostgreSQL's start-up lock, in a class of its own so that only PostgreSQL runs load Npgsql.</summary>
internal static class PostgreSqlStartupLock
{
    public static async Task<IAsyncDisposable> TakeAsync(AdvisorDbContext db, ILogger logger, long key)
    {
        // Its own unpooled session: a pooled one would keep the lock after Close until the pool reused it.
        var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString());
        await connection.OpenAsync();
        logger.LogInformation("Waiting for the start-up lock");
        await using (var command = new Npgsql.NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            // Another instance may be migrating and importing: wait for it rather than give up after 30 s.
            command.CommandTimeout = 600;
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync();
        }
        logger.LogInformation("Holding the start-up lock");
        // Closing the session releases the lock, also when the start-up work fails.
        return connection;
    }
}
