using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Account;

public sealed class InviteConfirmationTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private async Task<(HttpClient Admin, AngleSharp.Html.Dom.IHtmlDocument Answer)> InviteAsync()
    {
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var page = await Html.GetAsync(admin, "/admin");
        var form = page.Forms.Single(f => f.Action.EndsWith("/invite", StringComparison.OrdinalIgnoreCase));
        var answer = await Html.ParseAsync(await Html.SubmitAsync(admin, form, new Dictionary<string, string> { ["Email"] = "new@example.com", ["Name"] = "New Person", ["Role"] = "admin" }));
        return (admin, answer);
    }

    [Fact]
    public async Task AfterAnInvitationTheFormIsEmptyAndTheLinkHasACopyButton()
    {
        var (_, answer) = await InviteAsync();
        var form = answer.Forms.Single(f => f.Action.EndsWith("/invite", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("", form.QuerySelector<IHtmlInputElement>("#Email")!.Value);
        Assert.Equal("", form.QuerySelector<IHtmlInputElement>("#Name")!.Value);
        Assert.True(form.QuerySelector<IHtmlInputElement>("input[name=Role][value=consultant]")!.IsChecked);
        var link = answer.QuerySelector<IHtmlInputElement>("#invite-link")!;
        Assert.True(link.IsReadOnly);
        Assert.Contains("/account/invite?userId=", link.Value);
        Assert.Equal("#invite-link", answer.QuerySelector("button.copy-button")!.GetAttribute("data-copy"));
        Assert.Contains("new@example.com", answer.QuerySelector(".callout")!.TextContent);
    }

    [Fact]
    public async Task SettingAPasswordFromAnInvitationEndsOnAConfirmation()
    {
        var (_, answer) = await InviteAsync();
        var link = new Uri(answer.QuerySelector<IHtmlInputElement>("#invite-link")!.Value);
        var newcomer = _factory.CreatePlainClient();
        var accept = await Html.GetAsync(newcomer, link.PathAndQuery);
        var set = await Html.SubmitAsync(newcomer, accept.Forms.Single(f => f.Method == "post"), new Dictionary<string, string> { ["Password"] = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var signIn = await Html.GetAsync(newcomer, set.Headers.Location!.OriginalString);
        Assert.Contains("Your password is set.", signIn.QuerySelector("[role=status]")!.TextContent);
        Assert.Null((await Html.GetAsync(newcomer, "/account/signin")).QuerySelector(".confirmation"));
    }

    public void Dispose() => _factory.Dispose();
}
