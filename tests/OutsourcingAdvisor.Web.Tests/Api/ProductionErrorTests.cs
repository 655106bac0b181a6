using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Api;

public sealed class ProductionErrorTests
{
    [Fact]
    public async Task AServerErrorInTheApiShowsATraceIdAndNoDetails()
    {
        using var factory = new AdvisorFactory { Environment = "Production" };
        var client = factory.CreateClient();
        factory.DropTables("Assessments");

        var response = await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        var traceId = body.GetProperty("traceId").GetString()!;
        var logged = factory.Logs.Events.Single(e => e.MessageTemplate.Text.StartsWith("HTTP ") && e.Properties["StatusCode"].ToString() == "500");
        Assert.Contains(logged.TraceId!.Value.ToHexString(), traceId);
        Assert.DoesNotContain("Sqlite", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", text);
    }
}
