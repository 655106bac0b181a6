using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using OutsourcingAdvisor.Web.Tests.Api;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Configuration;

public sealed class RateLimitTests
{
    private sealed class TightFactory : AdvisorFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:SignInPerMinute", "3");
            builder.UseSetting("RateLimits:SubmissionsPerMinute", "2");
        }
    }

    [Fact]
    public async Task TooManySignInAttemptsAnswer429WithAFriendlyPage()
    {
        using var factory = new TightFactory();
        var client = factory.CreatePlainClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await Accounts.SignInAsync(client, "nobody@example.com", "wrong")).StatusCode);

        var refused = await Accounts.SignInAsync(client, "nobody@example.com", "wrong");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal("Too many requests", page.QuerySelector("h1")!.TextContent);
        // Reading the page is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/signin")).StatusCode);
    }

    private sealed class ProxiedFactory : AdvisorFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:SubmissionsPerMinute", "1");
            builder.UseSetting("Proxy:TrustForwardedHeaders", "true");
        }
    }

    [Fact]
    public async Task BehindATrustedProxyEachClientAddressHasItsOwnLimit()
    {
        using var factory = new ProxiedFactory();
        var client = factory.CreatePlainClient();
        async Task<HttpStatusCode> PostFrom(string address)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/assessments") { Content = JsonContent.Create(AssessmentsApiTests.CallCentre) };
            request.Headers.Add("X-Forwarded-For", address);
            return (await client.SendAsync(request)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.Created, await PostFrom("203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostFrom("203.0.113.7"));
        Assert.Equal(HttpStatusCode.Created, await PostFrom("198.51.100.9"));
    }

    [Fact]
    public async Task TooManySubmissionsAnswer429()
    {
        using var factory = new TightFactory();
        var client = factory.CreatePlainClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre)).StatusCode);
        await using var db = factory.NewDbContext();
        Assert.Equal(2, db.Assessments.Count());
    }
}
