using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingAdvisor.Web.Data;
using Serilog.Core;
using Serilog.Events;

namespace OutsourcingAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// The real app over its own SQLite file in the temp folder, so tests never share state. The file is the same
/// kind of database the app uses in production (migrations, WAL), only somewhere disposable.
/// </summary>
public class AdvisorFactory : WebApplicationFactory<Program>
{
    public string Environment { get; init; } = "Development";
    public string? SeedPath { get; init; }
    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), $"advisor-test-{Guid.NewGuid():N}.db");
    /// <summary>Leave the database file behind on dispose, for a second start on the same file.</summary>
    public bool KeepDatabase { get; init; }
    public LogCollector Logs { get; } = new();

    public string ConnectionString => $"Data Source={DatabasePath};Pooling=False";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Advisor", ConnectionString);
        if (SeedPath is not null) builder.UseSetting("Catalogue:SeedPath", SeedPath);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }

    /// <summary>A fresh DbContext on the same file, for checking what the app stored.</summary>
    public AdvisorDbContext NewDbContext()
    {
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<AdvisorDbContext>()
            .UseSqlite(ConnectionString).Options;
        return new AdvisorDbContext(options);
    }

    /// <summary>Runs raw SQL on the app's database, for tests that break it on purpose.</summary>
    public void Execute(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
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
