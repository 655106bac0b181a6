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
