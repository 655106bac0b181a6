using System.Text;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Data;

/// <summary>
/// What an instance on SQLite keeps out of its memory: the PostgreSQL driver, IIS integration and HTTP/3 (about
/// 3 MB of mapped assemblies, measured with bench/load.sh). Read from the running process's memory map (Linux).
/// </summary>
public sealed class LoadedAssembliesTests : IDisposable
{
    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"advisor-assemblies-{Guid.NewGuid():N}.db");

    [Fact, Trait("Provider", Only.Sqlite)]
    public async Task AnInstanceOnSqliteStartsAndServesWithoutNpgsqlIisOrQuic()
    {
        using var app = AppProcess.Start($"Data Source={_sqlitePath}");
        await app.WaitReadyAsync();
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        // The start-up work (migrations, seed import, data protection key) and a write and a read of an assessment.
        var answers = """{"taskType":"customer-support","skillLevel":"basic","monthlyBudget":4000,"location":"any"}""";
        using var created = await http.PostAsync("/api/assessments", new StringContent(answers, Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        (await http.GetAsync(created.Headers.Location)).EnsureSuccessStatusCode();
        (await http.GetAsync("/assessment")).EnsureSuccessStatusCode();

        var mapped = File.ReadLines($"/proc/{app.Id}/maps")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "")
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToHashSet();
        // The check can fail: the app's own assembly and EF Core's SQLite provider are in the map.
        Assert.Contains("OutsourcingAdvisor.Web.dll", mapped);
        Assert.Contains("Microsoft.EntityFrameworkCore.Sqlite.dll", mapped);
        Assert.DoesNotContain(mapped, name => name!.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.DoesNotContain(mapped, name => name!.Contains(".IIS", StringComparison.Ordinal) || name.Contains("IISIntegration", StringComparison.Ordinal));
        Assert.DoesNotContain(mapped, name => name!.Contains("Quic", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(_sqlitePath + suffix); } catch (IOException) { }
    }
}
