using System.Net;
using OutsourcingAdvisor.Web.Tests.Infrastructure;
using Serilog.Events;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

/// <summary>The friendly status page shows the status the request really ended with, whatever a form posts.</summary>
public sealed class StatusPageTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    [Fact]
    public async Task APostedCodeDoesNotBecomeTheStatus()
    {
        var client = _factory.CreatePlainClient();
        var response = await client.PostAsync("/reports/x", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "999" }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(_factory.Logs.Events, e => e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task ABadFormPostIsA400PageNotStatusZero()
    {
        var client = _factory.CreatePlainClient();
        // No antiforgery token, and a code the status page cannot even read as a number.
        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "abc", ["Input.Email"] = "a@example.com" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bad request", (await Html.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    public void Dispose() => _factory.Dispose();
}
