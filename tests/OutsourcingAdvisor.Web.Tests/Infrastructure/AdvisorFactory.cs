using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Npgsql;
using OutsourcingAdvisor.Migrations.PostgreSql;
using OutsourcingAdvisor.Migrations.Sqlite;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;
using Serilog.Core;
using Serilog.Events;

namespace OutsourcingAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// The real app over its own database, so tests never share state: a SQLite file in the temp folder (migrations,
/// WAL, as in production), or, when ADVISOR_TEST_PROVIDER=PostgreSQL (the second pass of ./test.sh), a database
/// of its own on the throw-away <see cref="PostgresCluster"/>. The same tests run on both providers.
/// </summary>
public class AdvisorFactory : WebApplicationFactory<Program>
{
    /// <summary>The provider this test run uses.</summary>
    public static DatabaseProvider TestProvider { get; } =
        DatabaseSetup.ProviderOf(new ConfigurationBuilder().AddInMemoryCollection([new("Database:Provider", System.Environment.GetEnvironmentVariable("ADVISOR_TEST_PROVIDER"))]).Build());

    public static bool OnPostgreSql => TestProvider == DatabaseProvider.PostgreSql;

    public string Environment { get; init; } = "Development";
    public string? SeedPath { get; init; }
    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), $"advisor-test-{Guid.NewGuid():N}.db");
    /// <summary>Leave the database file behind on dispose, for a second start on the same file.</summary>
    public bool KeepDatabase { get; init; }
    public LogCollector Logs { get; } = new();

    private string? _postgres;

    /// <summary>
    /// On PostgreSQL the database is named after <see cref="DatabasePath"/>, so two factories given the same path
    /// share a database just as they share a SQLite file.
    /// </summary>
    public string ConnectionString => OnPostgreSql
        ? _postgres ??= ConnectionStringFor(DatabasePath)
        : ConnectionStringFor(DatabasePath);

    /// <summary>The test database for this path on the provider under test (on PostgreSQL created on first use).</summary>
    public static string ConnectionStringFor(string databasePath) =>
        OnPostgreSql ? PostgresCluster.Instance.Database(databasePath) : $"Data Source={databasePath};Pooling=False";

    /// <summary>A DbContext on a test database, outside any app.</summary>
    public static AdvisorDbContext DbContextFor(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AdvisorDbContext>();
        if (OnPostgreSql) PostgreSqlProvider.Use(options, connectionString);
        else SqliteProvider.Use(options, connectionString);
        return new AdvisorDbContext(options.Options);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", TestProvider.ToString());
        builder.UseSetting("ConnectionStrings:Advisor", ConnectionString);
        if (SeedPath is not null) builder.UseSetting("Catalogue:SeedPath", SeedPath);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }

    /// <summary>A fresh DbContext on the same file, for checking what the app stored.</summary>
    public AdvisorDbContext NewDbContext() => DbContextFor(ConnectionString);

    /// <summary>Runs raw SQL on the app's database, for tests that break it on purpose. Quote table names ("T").</summary>
    public void Execute(string sql)
    {
        using var connection = NewDbContext().Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Drops tables the way each provider needs (PostgreSQL refuses while foreign keys point at them).</summary>
    public void DropTables(params string[] tables) =>
        Execute(string.Concat(tables.Select(t => OnPostgreSql ? $"DROP TABLE \"{t}\" CASCADE;" : $"DROP TABLE \"{t}\";")));

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        // The pool the app and NewDbContext used: the one for the string with the app's session settings.
        if (_postgres is not null) NpgsqlConnection.ClearPool(new NpgsqlConnection(PostgreSqlProvider.ConnectionString(_postgres)));
        if (KeepDatabase) return;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(DatabasePath + suffix); } catch (IOException) { }
    }
}

/// <summary>Keeps the log events the app writes, through the same Serilog pipeline as the console.</summary>
public sealed class LogCollector : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    public void Emit(LogEvent logEvent)
    {
        lock (_events) _events.Add(logEvent);
    }

    public IReadOnlyList<LogEvent> Events
    {
        get { lock (_events) return [.. _events]; }
    }
}
