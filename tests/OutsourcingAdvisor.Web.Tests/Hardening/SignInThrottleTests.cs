using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

/// <summary>Failed sign-ins count per account and client address: guessing is throttled, nobody else can lock you out.</summary>
public sealed class SignInThrottleTests : IDisposable
{
    private sealed class ProxiedFactory : AdvisorFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Proxy:TrustForwardedHeaders", "true");
            builder.UseSetting("RateLimits:SignInPerMinute", "1000");
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        }
    }

    private readonly ProxiedFactory _factory = new();

    private async Task<HttpStatusCode> SignInFrom(string address, string email, string password)
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var page = await Html.GetAsync(client, "/account/signin");
        var form = page.Forms.OfType<IHtmlFormElement>().Single(f => f.QuerySelector("#Input_Email") is not null);
        return (await Html.SubmitAsync(client, form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password })).StatusCode;
    }

    [Fact]
    public async Task AStrangerFailingFromAnotherAddressCannotLockTheUserOut()
    {
        await Accounts.CreateAsync(_factory, "ana@example.com");
        for (var i = 0; i < 30; i++) await SignInFrom("203.0.113.66", "ana@example.com", "guess " + i);

        Assert.Equal(HttpStatusCode.Redirect, await SignInFrom("198.51.100.7", "ana@example.com", Accounts.Password));
    }

    [Fact]
    public async Task OneAddressGetsAtMostFiveTriesPerAccountIn15Minutes()
    {
        await Accounts.CreateAsync(_factory, "ana@example.com");
        for (var i = 0; i < 5; i++) await SignInFrom("203.0.113.66", "ana@example.com", "guess " + i);

        // The sixth try is refused even with the right password, until the window has passed.
        Assert.Equal(HttpStatusCode.OK, await SignInFrom("203.0.113.66", "ana@example.com", Accounts.Password));
        _factory.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, await SignInFrom("203.0.113.66", "ana@example.com", Accounts.Password));
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, await SignInFrom("203.0.113.66", "ana@example.com", Accounts.Password));
    }

    [Fact]
    public async Task AnInvitedAccountWithoutAPasswordCannotSignIn()
    {
        await Accounts.CreateAsync(_factory, "boss@example.com", OutsourcingAdvisor.Web.Data.Roles.Admin);
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OutsourcingAdvisor.Web.Data.AdvisorUser>>();
        await users.CreateAsync(new OutsourcingAdvisor.Web.Data.AdvisorUser { UserName = "new@example.com", Email = "new@example.com", DisplayName = "New" });
        Assert.Equal(HttpStatusCode.OK, await SignInFrom("203.0.113.1", "new@example.com", ""));
        Assert.Equal(HttpStatusCode.OK, await SignInFrom("203.0.113.1", "new@example.com", "anything at all here"));
    }

    public void Dispose() => _factory.Dispose();
}
