using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Migrations.PostgreSql;

/// <summary>The app's PostgreSQL options: this assembly holds the migrations.</summary>
public static class PostgreSqlProvider
{
    /// <summary>
    /// The app's options: the compiled model in <c>CompiledModel/</c>, so a start does not build the model from
    /// <see cref="AdvisorDbContext"/>'s mappings. Migrating would still build it, to check that no migration is
    /// missing; that check is a test instead (<c>CompiledModelTests</c>: the mappings need no new migration, and the
    /// compiled model is the model they build).
    /// </summary>
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        UseSourceModel(options, connectionString)
            .UseModel(CompiledModel.AdvisorDbContextModel.Instance)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>
    /// The same without the compiled model: the model is built from the mappings. dotnet-ef uses this (it writes the
    /// migrations and the compiled model from it), and a test checks the compiled model is still the same model.
    /// </summary>
    public static DbContextOptionsBuilder UseSourceModel(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(ConnectionString(connectionString), o => o.MigrationsAssembly(typeof(PostgreSqlProvider).Assembly.GetName().Name));

    /// <summary>What Npgsql prepares automatically: the statements run this many times on a session stay prepared.</summary>
    public const int MaxAutoPrepare = 20;

    /// <summary>
    /// The configured connection string with two session settings the app's pooled sessions can use, unless the
    /// string sets them itself (an operator's own value wins):
    /// <list type="bullet">
    /// <item><c>No Reset On Close=true</c>. By default Npgsql resets a session each time it goes back to the pool
    /// (RESET ALL, UNLISTEN, unlocking advisory locks), and the server pays for that before the next query. The app
    /// leaves nothing on a pooled session to reset: it sets no session options, listens on none, makes no temporary
    /// tables, and its one advisory lock (start-up) is taken on a session of its own that is never pooled.</item>
    /// <item><c>Max Auto Prepare=20</c>. A statement run five times on a session is prepared there, so the server
    /// parses and plans it once instead of on every request (Npgsql's automatic preparation, off by default).</item>
    /// </list>
    /// Profiled on the load script's PostgreSQL run: the server's CPU per GET /api/assessments/{id} went from about
    /// 320-370 µs to 160-190 µs with both, mostly parsing, planning and the reset (see README, "Load").
    /// Behind a pooler in transaction mode (PgBouncer), set <c>Max Auto Prepare=0</c> in the connection string.
    /// </summary>
    public static string ConnectionString(string configured)
    {
        // Keys lists what the string sets, under Npgsql's own names whatever the spelling ("noresetonclose" too);
        // ContainsKey would not do: it answers whether a keyword is known.
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!builder.Keys.Contains("No Reset On Close")) builder.NoResetOnClose = true;
        if (!builder.Keys.Contains("Max Auto Prepare")) builder.MaxAutoPrepare = MaxAutoPrepare;
        return builder.ConnectionString;
    }
}

/// <summary>
/// For dotnet-ef: <c>dotnet ef migrations add Name --project src/OutsourcingAdvisor.Migrations.PostgreSql</c> builds
/// the model without a server; only commands that touch a database connect (pass a connection string after --).
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AdvisorDbContext>
{
    public AdvisorDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AdvisorDbContext>();
        PostgreSqlProvider.UseSourceModel(options, args.FirstOrDefault() ?? "Host=127.0.0.1;Database=advisor_design");
        return new AdvisorDbContext(options.Options);
    }
}
