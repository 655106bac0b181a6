using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Migrations.Sqlite;

/// <summary>The app's SQLite options: this assembly holds the migrations.</summary>
public static class SqliteProvider
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
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name));
}

/// <summary>
/// For dotnet-ef: <c>dotnet ef migrations add Name --project src/OutsourcingAdvisor.Migrations.Sqlite</c> builds
/// the model without starting the web app. The connection is only opened by commands that touch a database.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AdvisorDbContext>
{
    public AdvisorDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AdvisorDbContext>();
        SqliteProvider.UseSourceModel(options, args.FirstOrDefault() ?? "Data Source=design-time.db");
        return new AdvisorDbContext(options.Options);
    }
}
