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
}
