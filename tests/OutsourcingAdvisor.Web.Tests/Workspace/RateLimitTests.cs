using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using OutsourcingAdvisor.Web.Tests.Api;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Workspace;

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
