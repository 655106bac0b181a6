using AngleSharp.Dom;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

public sealed class TransportSecurityTests
{
    private sealed class ProductionFactory(params (string Key, string Value)[] settings) : AdvisorFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }

    [Fact]
    public async Task BehindATrustedTlsProxyResponsesCarryHsts()
    {
        using var factory = new ProductionFactory(("Proxy:TrustForwardedHeaders", "true"));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://advice.example.com") });
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task PlainHttpWithoutATrustedProxyGetsNoHsts()
    {
        using var factory = new ProductionFactory();
        var response = await factory.CreateClient(new() { BaseAddress = new Uri("http://advice.example.com") }).GetAsync("/");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task TheAntiforgeryCookieIsSecureOutsideDevelopment()
    {
        using var factory = new ProductionFactory();
        var response = await factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") }).GetAsync("/account/signin");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BehindATrustedTlsProxyTheAntiforgeryCookieIsSecure()
    {
        using var factory = new ProductionFactory(("Proxy:TrustForwardedHeaders", "true"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/signin");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await factory.CreateClient(new() { BaseAddress = new Uri("http://advice.example.com") }).SendAsync(request);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FormsStillWorkOverPlainHttpOutsideDevelopment()
    {
        using var factory = new ProductionFactory();
        var response = await factory.CreateClient().GetAsync("/account/signin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WithAPublicBaseUrlAnotherHostIsRefused()
    {
        using var factory = new ProductionFactory(("Site:PublicBaseUrl", "https://advice.example.com"));
        var response = await factory.CreateClient(new() { BaseAddress = new Uri("https://evil.example") }).GetAsync("/assessment");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ResumeShareAndInvitationLinksUseThePublicBaseUrlWhateverTheHostHeader()
    {
        // AllowedHosts set wide on purpose: even then no link is built on the Host header.
        using var factory = new ProductionFactory(("Site:PublicBaseUrl", "https://advice.example.com"), ("AllowedHosts", "advice.example.com;evil.example"));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://evil.example") });

        var walker = new QuestionnaireWalker(client);
        var skills = await walker.NextAsync(await walker.StartAsync(), QuestionnaireWalker.Work());
        var resume = (await Html.GetAsync(client, skills)).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#resume-link")!.Value;
        Assert.StartsWith("https://advice.example.com/assessment/", resume);

        await Accounts.CreateAsync(factory, "boss@example.com", Roles.Admin);
        var signIn = await Accounts.SignInAsync(client, "boss@example.com");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var admin = await Html.GetAsync(client, "/admin");
        var invited = await Html.ParseAsync(await Html.SubmitAsync(client, admin.Forms.Single(f => f.Action.EndsWith("/invite", StringComparison.OrdinalIgnoreCase)),
            new Dictionary<string, string> { ["Email"] = "new@example.com", ["Name"] = "New Person", ["Role"] = "consultant" }));
        Assert.StartsWith("https://advice.example.com/account/invite?", invited.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#invite-link")!.Value);
    }
}
