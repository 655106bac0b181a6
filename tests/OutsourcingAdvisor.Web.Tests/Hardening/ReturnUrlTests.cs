using System.Net;
using AngleSharp.Html.Dom;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

public sealed class ReturnUrlTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private async Task<HttpResponseMessage> SignInWithReturnUrl(string returnUrl)
    {
        await Accounts.CreateAsync(_factory, "ana@example.com");
        var client = _factory.CreatePlainClient();
        var page = await Html.GetAsync(client, "/account/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = page.Forms.OfType<IHtmlFormElement>().Single(f => f.QuerySelector("#Input_Email") is not null);
        return await Html.SubmitAsync(client, form, new Dictionary<string, string>
        {
            ["Input.Email"] = "ana@example.com", ["Input.Password"] = Accounts.Password, ["ReturnUrl"] = returnUrl,
        });
    }

    [Theory]
    [InlineData("/。evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task AForeignOrOddReturnUrlSendsYouToYourStartPage(string returnUrl)
    {
        var response = await SignInWithReturnUrl(returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/consultant", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ALocalReturnUrlIsFollowed()
    {
        var response = await SignInWithReturnUrl("/consultant/profile");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/consultant/profile", response.Headers.Location!.OriginalString);
    }

    public void Dispose() => _factory.Dispose();
}
