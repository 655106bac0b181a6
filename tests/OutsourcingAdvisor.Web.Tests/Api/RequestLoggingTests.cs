using System.Net.Http.Json;
using System.Text.Json;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Api;

public sealed class RequestLoggingTests
{
    [Fact]
    public async Task EachRequestLogsOneLineWithMethodPathStatusAndTimeButNoIdsOrAnswers()
    {
        using var factory = new AdvisorFactory();
        var client = factory.CreateClient();
        var created = await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        await client.GetAsync($"/api/assessments/{id}?client=Acme");

        var lines = factory.Logs.Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ")).ToList();
        var get = Assert.Single(lines, e => e.Properties["RequestMethod"].ToString() == "\"GET\"" && e.Properties["RequestPath"].ToString().Contains("/api/assessments/"));
        Assert.Equal("\"/api/assessments/{id}\"", get.Properties["RequestPath"].ToString());
        Assert.Equal("200", get.Properties["StatusCode"].ToString());
        Assert.True(get.Properties.ContainsKey("Elapsed"));
        var all = string.Join("\n", factory.Logs.Events.Select(e => e.RenderMessage() + string.Join(",", e.Properties.Values)));
        Assert.DoesNotContain(id, all);
        Assert.DoesNotContain("Acme", all);
    }

    /// <summary>
    /// A client that gives up while its submission waits for the database (here held by another writer) is logged as
    /// 499 at Information, the client's doing, not as a 500 Error; the app goes on serving.
    /// </summary>
    [Fact, Trait("Provider", Only.Sqlite)]
    public async Task ASubmissionTheClientGivesUpOnIsLoggedAsClientClosedNotAsAnError()
    {
        using var factory = new AdvisorFactory { Environment = "Production" };
        var client = factory.CreateClient();
        (await client.GetAsync("/health/ready")).EnsureSuccessStatusCode();

        await using (var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                // The write lock: the app's writer now waits (its busy timeout) to commit.
                begin.CommandText = "BEGIN IMMEDIATE;";
                await begin.ExecuteNonQueryAsync();
            }
            using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre, giveUp.Token));
            // The server sees the abort asynchronously: wait for its log line.
            for (var i = 0; i < 100 && !factory.Logs.Events.Any(IsPostLine); i++) await Task.Delay(100);
        }

        var line = Assert.Single(factory.Logs.Events, IsPostLine);
        Assert.Equal(LoggingSetup.ClientClosedRequestStatus.ToString(), line.Properties["StatusCode"].ToString());
        Assert.Equal(Serilog.Events.LogEventLevel.Information, line.Level);
        Assert.DoesNotContain(factory.Logs.Events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre)).StatusCode);

        static bool IsPostLine(Serilog.Events.LogEvent e) =>
            e.MessageTemplate.Text.StartsWith("HTTP ") && e.Properties["RequestMethod"].ToString() == "\"POST\"";
    }

    [Theory]
    [InlineData("/reports/xqyx3q2892AMIEqhqpsmyQ", "/reports/{id}")]
    [InlineData("/reports/xqyx3q2892AMIEqhqpsmyQ.csv", "/reports/{id}.csv")]
    [InlineData("/catalogue/customer-support", "/catalogue/customer-support")]
    public void MasksIdsInPaths(string path, string logged) => Assert.Equal(logged, LoggingSetup.Redact(path));

    /// <summary>The console writer: every event, in order, one compact JSON line each, all written by the time it is disposed.</summary>
    [Fact]
    public void TheConsoleWriterWritesEveryLineInOrderByTheTimeItStops()
    {
        var output = new MemoryStream();
        var writer = new ConsoleLogWriter(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter(), output);
        var logger = new Serilog.LoggerConfiguration().WriteTo.Sink(writer).CreateLogger();
        Parallel.For(0, 4, t => { for (var i = 0; i < 500; i++) logger.Information("Line {Thread} {Number}", t, i); });
        writer.Dispose();

        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2000, lines.Length);
        for (var t = 0; t < 4; t++)
        {
            var numbers = lines.Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("Thread").GetInt32() == t)
                .Select(e => e.GetProperty("Number").GetInt32()).ToList();
            Assert.Equal(Enumerable.Range(0, 500), numbers);
        }
    }
}
