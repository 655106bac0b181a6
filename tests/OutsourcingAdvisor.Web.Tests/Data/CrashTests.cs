using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Data;

/// <summary>
/// The app killed with SIGKILL in the middle of a write loop, 20 times over, on the provider under test: after
/// every restart each assessment the app had acknowledged (201) reads back byte for byte, and the database checks
/// clean. Only the app dies here; the durability of the disk itself is SQLite's synchronous=FULL and PostgreSQL's fsync.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Kills = 20;
    private const int Writers = 4;
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"advisor-crash-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task EveryAcknowledgedAssessmentSurvivesTwentyKillsMidWrite()
    {
        var connectionString = AdvisorFactory.ConnectionStringFor(_databasePath);
        var acknowledged = new ConcurrentDictionary<string, byte[]>();
        var budgets = new[] { 1500, 4000, 9000, 25000 };
        for (var round = 0; round < Kills; round++)
        {
            using var app = AppProcess.Start(connectionString);
            await app.WaitReadyAsync();
            using var http = app.Client(new CookieJar());

            // What was acknowledged before the last kill is all there, byte for byte.
            foreach (var (id, body) in acknowledged)
                Assert.Equal(body, await http.GetByteArrayAsync($"/api/assessments/{id}"));

            using var stop = new CancellationTokenSource();
            var before = acknowledged.Count;
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested && i < 10_000; i++)
                {
                    var answers = $$"""{"taskType":"customer-support","skillLevel":"basic","monthlyBudget":{{budgets[(w + i) % budgets.Length]}},"location":"any","clientName":"Round {{round}} writer {{w}} #{{i}}"}""";
                    try
                    {
                        using var response = await http.PostAsync("/api/assessments", new StringContent(answers, Encoding.UTF8, "application/json"));
                        if (response.StatusCode != HttpStatusCode.Created) continue;
                        var body = await response.Content.ReadAsByteArrayAsync();
                        acknowledged[response.Headers.Location!.OriginalString.Split('/').Last()] = body;
                    }
                    catch (HttpRequestException) { return; }
                    catch (TaskCanceledException) { return; }
                }
            })).ToList();

            // Kill once writes are flowing, at a moment that differs from round to round.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (acknowledged.Count < before + 5 + round % 7)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"no writes were acknowledged in round {round}:\n{app.Output}");
                await Task.Delay(5);
            }
            await Task.Delay(round * 13 % 50);
            app.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            Assert.True(app.HasExited);
            await CheckDatabaseAsync(connectionString);
        }

        using (var last = AppProcess.Start(connectionString))
        {
            await last.WaitReadyAsync();
            using var http = last.Client(new CookieJar());
            foreach (var (id, body) in acknowledged)
                Assert.Equal(body, await http.GetByteArrayAsync($"/api/assessments/{id}"));
        }
        Assert.True(acknowledged.Count >= Kills * 5);
    }

    /// <summary>SQLite: PRAGMA integrity_check. PostgreSQL: amcheck over every B-tree index, and rows that agree.</summary>
    private static async Task CheckDatabaseAsync(string connectionString)
    {
        if (!AdvisorFactory.OnPostgreSql)
        {
            await using var sqlite = new SqliteConnection(connectionString);
            await sqlite.OpenAsync();
            await using var check = sqlite.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
            SqliteConnection.ClearAllPools();
            return;
        }
        await using var pg = new NpgsqlConnection(connectionString);
        await pg.OpenAsync();
        await using (var extension = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS amcheck", pg)) await extension.ExecuteNonQueryAsync();
        await using (var indexes = new NpgsqlCommand("""
            SELECT count(bt_index_check(c.oid, true))
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE am.amname = 'btree' AND n.nspname = 'public'
            """, pg))
            Assert.True((long)(await indexes.ExecuteScalarAsync())! > 0);
        await using var rows = new NpgsqlCommand("""SELECT count(*) FROM "Assessments" WHERE "ResultJson" IS NULL OR "ResultJson" NOT LIKE '{%}'""", pg);
        Assert.Equal(0L, (long)(await rows.ExecuteScalarAsync())!);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(_databasePath + suffix); } catch (IOException) { }
    }
}
