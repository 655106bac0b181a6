using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Migrations.PostgreSql;

/// <summary>The app's PostgreSQL options: this assembly holds the migrations.</summary>
public static class PostgreSqlProvider
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgreSqlProvider).Assembly.GetName().Name));
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
        PostgreSqlProvider.Use(options, args.FirstOrDefault() ?? "Host=127.0.0.1;Database=advisor_design");
        return new AdvisorDbContext(options.Options);
    }
}
