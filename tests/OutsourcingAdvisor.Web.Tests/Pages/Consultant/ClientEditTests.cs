using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Consultant;

public sealed class ClientEditTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    [Fact]
    public async Task AClientsNameAndNotesCanBeChanged()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var id = await Accounts.AddClientAsync(a, "Corner Shop", "first note");
        var page = await Html.GetAsync(a, $"/consultant/clients/{id}/edit");
        Assert.Equal("Corner Shop", ((IHtmlInputElement)page.QuerySelector("#Name")!).Value);
        var saved = await Html.SubmitAsync(a, page.Forms.Single(f => f.QuerySelector("#Name") is not null), new Dictionary<string, string> { ["Name"] = "Corner Shop Ltd", ["Notes"] = "bakery and café" });
        Assert.Equal($"/consultant/clients/{id}", saved.Headers.Location!.OriginalString);
        var client = await Html.GetAsync(a, $"/consultant/clients/{id}");
        Assert.Equal("Corner Shop Ltd", client.QuerySelector("h1")!.TextContent);
        Assert.Contains("bakery and café", client.QuerySelector(".lead")!.TextContent);
    }

    [Fact]
    public async Task AnEmptyNameIsRefusedAndTheOldOneKept()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var id = await Accounts.AddClientAsync(a, "Corner Shop");
        var page = await Html.GetAsync(a, $"/consultant/clients/{id}/edit");
        var response = await Html.SubmitAsync(a, page.Forms.Single(f => f.QuerySelector("#Name") is not null), new Dictionary<string, string> { ["Name"] = "  " });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the client's name.", (await Html.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        await using var db = _factory.NewDbContext();
        Assert.Equal("Corner Shop", (await db.Clients.SingleAsync()).Name);
    }

    [Fact]
    public async Task AnArchivedClientLeavesTheDashboardAndKeepsItsReports()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var id = await Accounts.AddClientAsync(a, "Old Client");
        await Accounts.AddClientAsync(a, "Current Client");
        var report = await Accounts.AssessForClientAsync(a, id);

        var edit = await Html.GetAsync(a, $"/consultant/clients/{id}/edit");
        var archived = await Html.SubmitAsync(a, edit.Forms.Single(f => f.Action.Contains("handler=Archive", StringComparison.OrdinalIgnoreCase)));
        var dashboard = await Html.GetAsync(a, archived.Headers.Location!.OriginalString);
        Assert.Equal(["Current Client"], dashboard.QuerySelectorAll(".clients-table tbody th a").Select(x => x.TextContent));
        Assert.Contains("“Old Client” was archived", dashboard.Body!.TextContent);
        var archivedList = await Html.GetAsync(a, "/consultant?archived=true");
        Assert.Equal(["Old Client"], archivedList.QuerySelectorAll(".clients-table tbody th a").Select(x => x.TextContent));
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/reports/{report}")).StatusCode);

        var restore = await Html.GetAsync(a, $"/consultant/clients/{id}/edit");
        await Html.SubmitAsync(a, restore.Forms.Single(f => f.Action.Contains("handler=Restore", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(2, (await Html.GetAsync(a, "/consultant")).QuerySelectorAll(".clients-table tbody tr").Length);
    }

    public void Dispose() => _factory.Dispose();
}
