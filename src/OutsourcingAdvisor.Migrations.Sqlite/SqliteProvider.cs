using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Migrations.Sqlite;

/// <summary>The app's SQLite options: this assembly holds the migrations.</summary>
public static class SqliteProvider
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
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
        SqliteProvider.Use(options, args.FirstOrDefault() ?? "Data Source=design-time.db");
        return new AdvisorDbContext(options.Options);
    }
}
