using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Data;

/// <summary><c>dotnet OutsourcingAdvisor.Web.dll migrate</c>, the deploy step of the README and compose file.</summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"advisor-migrate-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task MigrateOnAnEmptyDatabaseDoesTheStartUpWorkAndExitsWithoutServing()
    {
        var connectionString = AdvisorFactory.OnPostgreSql ? PostgresCluster.Instance.EmptyDatabase() : $"Data Source={_sqlitePath};Pooling=False";
        using var app = AppProcess.Start(connectionString, arguments: ["migrate"]);
        Assert.True(await app.WaitForExitAsync(TimeSpan.FromSeconds(120)), app.Output);
        Assert.Equal(0, app.ExitCode);
        Assert.DoesNotContain("Now listening", app.Output);

        await using var db = AdvisorFactory.DbContextFor(connectionString);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, await db.CatalogueVersions.CountAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(_sqlitePath + suffix); } catch (IOException) { }
    }
}
