using System.Net;
using System.Text.Json;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Api;

public sealed class HealthTests
{
    [Fact]
    public async Task LiveAndReadyAnswerOkOnAHealthyApp()
    {
        using var factory = new AdvisorFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadyFailsWhenTheCatalogueIsGoneButLiveStillAnswers()
    {
        using var factory = new AdvisorFactory();
        var client = factory.CreateClient();
        factory.Execute("DROP TABLE CatalogueVersions;");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
