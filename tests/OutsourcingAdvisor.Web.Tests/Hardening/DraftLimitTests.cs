using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

public sealed class DraftLimitTests : IDisposable
{
    private sealed class CappedFactory : AdvisorFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Drafts:PerAddressPerDay", "3");
            builder.UseSetting("Proxy:TrustForwardedHeaders", "true");
            builder.UseSetting("RateLimits:SubmissionsPerMinute", "1000");
        }
    }

    private readonly CappedFactory _factory = new();

    private async Task<HttpResponseMessage> StartFrom(string address)
    {
        var client = _factory.CreatePlainClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return await new QuestionnaireWalker(client).SubmitAsync("/assessment", QuestionnaireWalker.Business());
    }

    [Fact]
    public async Task OneAddressStartsOnlySoManyDraftsADayAndIsToldWhy()
    {
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Redirect, (await StartFrom("203.0.113.5")).StatusCode);

        var refused = await StartFrom("203.0.113.5");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal("Too many questionnaires started", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("resume link", page.QuerySelector("main")!.TextContent);
        await using var db = _factory.NewDbContext();
        Assert.Equal(3, await db.Drafts.CountAsync());
        // The drafts store a hash, never the address.
        Assert.DoesNotContain(await db.Drafts.Select(d => d.ClientKey).ToListAsync(), k => k == null || k.Contains("203.0.113.5"));
    }

    [Fact]
    public async Task AnotherAddressIsNotHeldBack()
    {
        for (var i = 0; i < 3; i++) await StartFrom("203.0.113.5");
        Assert.Equal(HttpStatusCode.Redirect, (await StartFrom("198.51.100.9")).StatusCode);
    }

    [Fact]
    public async Task ContinuingAStartedDraftIsNeverCapped()
    {
        var client = _factory.CreatePlainClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.5");
        var walker = new QuestionnaireWalker(client);
        var skills = await walker.NextAsync(await walker.StartAsync(), QuestionnaireWalker.Work());
        for (var i = 0; i < 2; i++) await StartFrom("203.0.113.5");
        var location = await walker.NextAsync(skills, QuestionnaireWalker.Skills());
        var check = await walker.NextAsync(location, QuestionnaireWalker.Location());
        Assert.StartsWith("/reports/", await walker.NextAsync(check, new Dictionary<string, string>()));
    }

    public void Dispose() => _factory.Dispose();
}
