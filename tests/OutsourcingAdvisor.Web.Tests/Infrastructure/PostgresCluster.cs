using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutsourcingAdvisor.Migrations.PostgreSql;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL 15 cluster for one test run: initdb in the temp folder, a server on 127.0.0.1 at a free
/// port, one migrated template database, and a fresh database per test database copied from it with
/// CREATE DATABASE ... TEMPLATE (a file copy, far quicker than migrating each). Started on first use, stopped
/// when the test process exits. fsync is off: the cluster is thrown away, durability is tested elsewhere.
/// </summary>
public sealed class PostgresCluster
{
    private const string Template = "advisor_template";
    private static readonly Lazy<PostgresCluster> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly SemaphoreSlim _create = new(1, 1);
    private readonly string _directory;
    private readonly string _binaries;

    private PostgresCluster(string directory, string binaries, int port)
    {
        _directory = directory;
        _binaries = binaries;
        Port = port;
    }

    public static PostgresCluster Instance => Shared.Value;

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=20";

    /// <summary>
    /// The database named for this key, copied from the migrated template on first use. The same key gives the same
    /// database, so a test can stop the app and start it again on what it left behind.
    /// </summary>
    public string Database(string key)
    {
        var name = "advisor_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..20];
        _create.Wait();
        try
        {
            using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            connection.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (exists.ExecuteScalar() is null)
                using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE {Template}", connection))
                    create.ExecuteNonQuery();
        }
        finally
        {
            _create.Release();
        }
        return ConnectionString(name);
    }

    /// <summary>A new empty database (no tables), for tests of the app's own start-up on PostgreSQL.</summary>
    public string EmptyDatabase()
    {
        var name = "advisor_empty_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection)) create.ExecuteNonQuery();
        return ConnectionString(name);
    }

    private static PostgresCluster Start()
    {
        var binaries = Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } configured ? configured : "/usr/lib/postgresql/15/bin";
        if (!File.Exists(Path.Combine(binaries, "initdb")))
            throw new InvalidOperationException($"PostgreSQL 15 is not installed at {binaries} (./test.sh installs Debian's postgresql).");
        var directory = Path.Combine(Path.GetTempPath(), $"advisor-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var asRoot = Environment.UserName == "root";
        // initdb refuses to run as root: the cluster then belongs to the postgres account.
        if (asRoot) Run("chown", ["postgres", directory]);
        // ICU en-US, like a typical production database: its linguistic order differs from SQLite's, which the
        // ordering tests rely on to show the app asks for one order on both.
        RunPostgres(asRoot, Path.Combine(binaries, "initdb"), ["-D", Path.Combine(directory, "data"), "-A", "trust", "--no-sync", "-U", "postgres",
            "-E", "UTF8", "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en-US"]);
        var port = FreePort();
        RunPostgres(asRoot, Path.Combine(binaries, "pg_ctl"), ["-D", Path.Combine(directory, "data"), "-w", "-l", Path.Combine(directory, "log"), "-o",
            $"-k {directory} -c listen_addresses=127.0.0.1 -p {port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400",
            "start"]);
        var cluster = new PostgresCluster(directory, binaries, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(asRoot);
        cluster.CreateTemplate();
        return cluster;
    }

    private void CreateTemplate()
    {
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {Template}", connection);
            create.ExecuteNonQuery();
        }
        var options = new DbContextOptionsBuilder<AdvisorDbContext>();
        PostgreSqlProvider.Use(options, ConnectionString(Template) + ";Pooling=false");
        using (var db = new AdvisorDbContext(options.Options)) db.Database.Migrate();
    }

    private void Stop(bool asRoot)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            RunPostgres(asRoot, Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "stop"]);
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception)
        {
            // The process is exiting: a cluster left in the temp folder is all that can go wrong.
        }
    }

    private static void RunPostgres(bool asRoot, string program, string[] args)
    {
        if (asRoot) Run("runuser", ["-u", "postgres", "--", program, .. args]);
        else Run(program, args);
    }

    private static void Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000)) process.Kill();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {output.Result}{error.Result}");
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
