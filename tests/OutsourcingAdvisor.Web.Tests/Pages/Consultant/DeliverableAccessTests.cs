using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Consultant;

public sealed class DeliverableAccessTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    [Fact]
    public async Task AnotherConsultantGets404ForScenarioAndClientPagesAndCannotChangeThem()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var (b, _) = await Accounts.SignedInAsync(_factory, "ben@example.com");
        var clientId = await Accounts.AddClientAsync(a, "Ana's client");
        var id = await Accounts.AssessForClientAsync(a, clientId);

        foreach (var url in new[] { $"/consultant/scenarios/{id}", $"/consultant/scenarios/{id}/delete", $"/consultant/clients/{clientId}/edit" })
        {
            Assert.Equal(HttpStatusCode.OK, (await a.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(url)).StatusCode);
        }

        var token = (await Html.GetAsync(b, "/consultant/profile")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var url in new[]
        {
            $"/consultant/scenarios/{id}", $"/consultant/scenarios/{id}?handler=Archive", $"/consultant/scenarios/{id}/delete",
            $"/consultant/clients/{clientId}/edit", $"/consultant/clients/{clientId}/edit?handler=Archive",
        })
        {
            var response = await b.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Name"] = "taken over" }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        await using var db = _factory.NewDbContext();
        Assert.True(await db.Assessments.AnyAsync(x => x.Id == id));
        Assert.Empty(await db.ScenarioDetails.ToListAsync());
        var client = await db.Clients.SingleAsync(c => c.Id == clientId);
        Assert.Equal("Ana's client", client.Name);
        Assert.Null(client.ArchivedAtUtc);
    }

    [Fact]
    public async Task AnOwnersAnonymousReportIsNoScenario()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var owner = _factory.CreatePlainClient();
        var report = (await new QuestionnaireWalker(owner).CompleteAsync()).Split('/').Last();
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/consultant/scenarios/{report}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/consultant/scenarios/{report}/delete")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
