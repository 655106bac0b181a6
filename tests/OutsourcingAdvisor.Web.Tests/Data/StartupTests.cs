using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Data;

public sealed class StartupTests
{
    [Fact]
    public async Task TwoStartsOnTheSameDatabaseImportTheCatalogueOnce()
    {
        var dbPath = Path.Combine(Path.GetTempPath(), $"advisor-restart-{Guid.NewGuid():N}.db");
        using (var first = new AdvisorFactory { DatabasePath = dbPath, KeepDatabase = true })
            (await first.CreateClient().GetAsync("/health/ready")).EnsureSuccessStatusCode();
        using var second = new AdvisorFactory { DatabasePath = dbPath };
        (await second.CreateClient().GetAsync("/health/ready")).EnsureSuccessStatusCode();
        Assert.Contains(second.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Catalogue seed unchanged"));
        await using var db = second.NewDbContext();
        Assert.Equal(1, await db.CatalogueVersions.CountAsync());
    }

    [Fact, Trait("Provider", Only.Sqlite)]
    public async Task TheSqliteFileIsInWalMode()
    {
        using var factory = new AdvisorFactory();
        (await factory.CreateClient().GetAsync("/health/ready")).EnsureSuccessStatusCode();
        Assert.True(File.Exists(factory.DatabasePath));
        await using var db = factory.NewDbContext();
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", Assert.Single(mode));
    }

    [Fact]
    public async Task ExpiredDraftsAreDeletedAtStartAndFreshOnesKept()
    {
        var dbPath = Path.Combine(Path.GetTempPath(), $"advisor-drafts-{Guid.NewGuid():N}.db");
        using (var first = new AdvisorFactory { DatabasePath = dbPath, KeepDatabase = true })
        {
            first.CreateClient();
            await using var seeded = first.NewDbContext();
            var longAgo = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            seeded.Drafts.Add(new() { Id = "old", CreatedAtUtc = longAgo, UpdatedAtUtc = DateTime.UtcNow.AddDays(-31), AnswersJson = "{}" });
            seeded.Drafts.Add(new() { Id = "new", CreatedAtUtc = longAgo, UpdatedAtUtc = DateTime.UtcNow.AddDays(-29), AnswersJson = "{}" });
            await seeded.SaveChangesAsync();
        }
        using var second = new AdvisorFactory { DatabasePath = dbPath };
        second.CreateClient();
        await using var db = second.NewDbContext();
        Assert.Equal(["new"], await db.Drafts.Select(d => d.Id).ToListAsync());
    }

    [Fact, Trait("Provider", Only.Sqlite)]
    public async Task TheDatabaseFileIsCreatedWithItsFolderWhereTheConnectionStringSays()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"advisor-folder-{Guid.NewGuid():N}", "nested");
        using var factory = new AdvisorFactory { DatabasePath = Path.Combine(folder, "advisor.db") };
        (await factory.CreateClient().GetAsync("/health/ready")).EnsureSuccessStatusCode();
        Assert.True(File.Exists(Path.Combine(folder, "advisor.db")));
    }

    /// <summary>The published app, started the way an operator starts it, refuses a bad seed file in one line.</summary>
    [Fact, Trait("Provider", Only.Sqlite)]
    public async Task ABadSeedFileStopsThePublishedAppWithOneClearMessage()
    {
        using var seed = new SeedCopy();
        seed.EditCategory("payroll", c => c.Remove("skillLevel"));
        var dbPath = Path.Combine(Path.GetTempPath(), $"advisor-badseed-{Guid.NewGuid():N}.db");
        var appDll = Path.Combine(AppContext.BaseDirectory, "OutsourcingAdvisor.Web.dll");
        var start = new ProcessStartInfo("dotnet", [appDll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Advisor"] = $"Data Source={dbPath}";
        start.Environment["Catalogue__SeedPath"] = seed.Directory;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Seed data error in seed-data/categories.json, entry 'payroll'", output);
        Assert.Contains("field 'skillLevel': is missing", output);
        Assert.DoesNotContain("   at ", output);
        try { File.Delete(dbPath); } catch (IOException) { }
    }

    /// <summary>Started as a built dll with nothing configured, the app finds the seed-data copy beside it.</summary>
    [Fact, Trait("Provider", Only.Sqlite)]
    public async Task TheBuiltAppFindsItsSeedDataAndServesOnItsOwn()
    {
        var dbPath = Path.Combine(Path.GetTempPath(), $"advisor-dll-{Guid.NewGuid():N}.db");
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutsourcingAdvisor.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Advisor"] = $"Data Source={dbPath}";
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            HttpResponseMessage? ready = null;
            for (var i = 0; i < 60 && ready?.IsSuccessStatusCode != true; i++)
            {
                await Task.Delay(500);
                try { ready = await http.GetAsync("/health/ready"); } catch (HttpRequestException) { }
            }
            Assert.True(ready?.IsSuccessStatusCode, "the app did not become ready within 30 s");
            var catalogue = await http.GetStringAsync("/api/catalogue");
            Assert.Contains("\"customer-support\"", catalogue);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            try { File.Delete(dbPath); } catch (IOException) { }
        }
    }
}
