using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Account;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Account;

public sealed class AccountTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    [Fact]
    public async Task AConsultantSignsInWithEmailAndPassword()
    {
        await Accounts.CreateAsync(_factory, "ana@example.com");
        var client = _factory.CreatePlainClient();
        var response = await Accounts.SignInAsync(client, "ana@example.com");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/consultant", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/consultant")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownEmailGetsTheSameAnswerAsAWrongPassword()
    {
        await Accounts.CreateAsync(_factory, "ana@example.com");
        var unknown = await Html.ParseAsync(await Accounts.SignInAsync(_factory.CreatePlainClient(), "nobody@example.com"));
        var wrong = await Html.ParseAsync(await Accounts.SignInAsync(_factory.CreatePlainClient(), "ana@example.com", "not the password at all"));
        Assert.Equal(SignInModel.Failure, unknown.QuerySelector(".sign-in-error")!.TextContent);
        Assert.Equal(unknown.QuerySelector("main")!.TextContent, wrong.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task FiveFailedTriesLockTheAccountFor15Minutes()
    {
        var user = await Accounts.CreateAsync(_factory, "ana@example.com");
        var client = _factory.CreatePlainClient();
        for (var i = 0; i < 5; i++) await Accounts.SignInAsync(client, "ana@example.com", "wrong password number " + i);

        var withRightPassword = await Accounts.SignInAsync(client, "ana@example.com");
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Equal(SignInModel.Failure, (await Html.ParseAsync(withRightPassword)).QuerySelector(".sign-in-error")!.TextContent);
        await using var db = _factory.NewDbContext();
        var end = (await db.Users.SingleAsync(u => u.Id == user.Id)).LockoutEnd!.Value;
        Assert.InRange(end - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
    }

    [Fact]
    public async Task AnAdminCanLiftALockout()
    {
        await Accounts.CreateAsync(_factory, "ana@example.com");
        var client = _factory.CreatePlainClient();
        for (var i = 0; i < 5; i++) await Accounts.SignInAsync(client, "ana@example.com", "wrong password number " + i);
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var page = await Html.GetAsync(admin, "/admin");
        var unlock = page.Forms.Single(f => f.Action.EndsWith("/unlock", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SubmitAsync(admin, unlock)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(client, "ana@example.com")).StatusCode);
    }

    [Fact]
    public async Task SigningOutMakesACopiedCookieUseless()
    {
        await Accounts.CreateAsync(_factory, "ana@example.com");
        var client = _factory.CreatePlainClient();
        var signedIn = await Accounts.SignInAsync(client, "ana@example.com");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("advisor.session=")).Split(';')[0];
        var page = await Html.GetAsync(client, "/consultant");
        var form = page.Forms.Single(f => f.Action.EndsWith("/account/signout", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SubmitAsync(client, form)).StatusCode);

        var thief = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/consultant");
        request.Headers.Add("Cookie", cookie);
        var response = await thief.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/signin", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task TheSessionCookieIsHttpOnlyLaxAndSecureOutsideDevelopment()
    {
        using var production = new AdvisorFactory { Environment = "Production" };
        await Accounts.CreateAsync(production, "ana@example.com");
        var response = await Accounts.SignInAsync(production.CreatePlainClient(), "ana@example.com");
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("advisor.session="));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DataProtectionKeysLiveInTheDatabaseSoARestartKeepsPeopleSignedIn()
    {
        var dbPath = Path.Combine(Path.GetTempPath(), $"advisor-keys-{Guid.NewGuid():N}.db");
        string cookie;
        using (var first = new AdvisorFactory { DatabasePath = dbPath, KeepDatabase = true })
        {
            await Accounts.CreateAsync(first, "ana@example.com");
            var response = await Accounts.SignInAsync(first.CreatePlainClient(), "ana@example.com");
            cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("advisor.session=")).Split(';')[0];
            await using var db = first.NewDbContext();
            Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        }
        using var second = new AdvisorFactory { DatabasePath = dbPath };
        var client = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/consultant");
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task TheFirstAdminComesFromConfiguration()
    {
        using var factory = new AdminFactory();
        var response = await Accounts.SignInAsync(factory.CreatePlainClient(), "root@example.com", "an admin passphrase here");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ThereIsNoSelfRegistrationButAnAdminInvitesConsultants()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync("/account/register")).StatusCode);
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var page = await Html.GetAsync(admin, "/admin");
        var form = page.Forms.Single(f => f.Action.EndsWith("/invite", StringComparison.OrdinalIgnoreCase));
        var invited = await Html.ParseAsync(await Html.SubmitAsync(admin, form, new Dictionary<string, string> { ["Email"] = "new@example.com", ["Name"] = "New Person", ["Role"] = "consultant" }));
        var link = new Uri(invited.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#invite-link")!.Value);

        var newcomer = _factory.CreatePlainClient();
        var accept = await Html.GetAsync(newcomer, link.PathAndQuery);
        var set = await Html.SubmitAsync(newcomer, accept.Forms.Single(f => f.Method == "post"), new Dictionary<string, string> { ["Password"] = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(newcomer, "new@example.com", "a brand new passphrase")).StatusCode);

        var other = _factory.CreatePlainClient();
        var again = await Html.SubmitAsync(other, (await Html.GetAsync(other, link.PathAndQuery)).Forms.Single(f => f.Method == "post"),
            new Dictionary<string, string> { ["Password"] = "someone else's passphrase" });
        Assert.Contains("expired or was already used", await again.Content.ReadAsStringAsync());
    }

    public void Dispose() => _factory.Dispose();

    private sealed class AdminFactory : AdvisorFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Admin:Email", "root@example.com");
            builder.UseSetting("Admin:Password", "an admin passphrase here");
        }
    }
}
