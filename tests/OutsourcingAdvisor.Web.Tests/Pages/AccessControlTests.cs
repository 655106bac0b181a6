using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages;

public sealed class AccessControlTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    [Fact]
    public async Task EachRolesPagesAreRefusedToTheOthers()
    {
        var (consultant, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var anonymous = _factory.CreatePlainClient();
        foreach (var url in new[] { "/admin", "/admin/catalogue", "/admin/audit", "/admin/catalogue/price/payroll" })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await consultant.GetAsync(url)).StatusCode);
            Assert.Contains("/account/signin", (await anonymous.GetAsync(url)).Headers.Location!.ToString());
        }
        foreach (var url in new[] { "/consultant", "/consultant/profile" })
        {
            Assert.Equal(HttpStatusCode.OK, (await consultant.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
            Assert.Contains("/account/signin", (await anonymous.GetAsync(url)).Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task AConsultantCannotReachAnotherConsultantsClientsOrAssessmentsById()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var (b, _) = await Accounts.SignedInAsync(_factory, "ben@example.com");
        var clientId = await Accounts.AddClientAsync(a, "Ana's client");
        var id = await Accounts.AssessForClientAsync(a, clientId);
        var second = await Accounts.AssessForClientAsync(a, clientId);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/reports/{id}")).StatusCode);

        var anonymous = _factory.CreatePlainClient();
        foreach (var reader in new[] { b, anonymous })
        {
            foreach (var url in new[]
            {
                $"/reports/{id}", $"/reports/{id}.json", $"/reports/{id}.csv", $"/api/assessments/{id}",
            })
                Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);
        }
        foreach (var url in new[]
        {
            $"/consultant/clients/{clientId}", $"/consultant/clients/{clientId}/export", $"/consultant/assessments/{id}/share",
            $"/consultant/compare?ids={id}&ids={second}",
        })
            Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(url)).StatusCode);

        // B posting with B's own valid token still cannot share, duplicate or start work for A's things.
        var bPage = await Html.GetAsync(b, "/consultant/profile");
        var token = bPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var url in new[] { $"/consultant/assessments/{id}/share", $"/consultant/assessments/{id}/duplicate", $"/consultant/clients/{clientId}/start" })
        {
            var response = await b.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Days"] = "5" }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        await using var db = _factory.NewDbContext();
        Assert.Empty(await db.ShareLinks.ToListAsync());
        Assert.Empty(await db.Drafts.Where(d => d.OwnerId != null && d.AssessmentId == null).ToListAsync());

        var refusals = _factory.Logs.Events.Where(e => e.MessageTemplate.Text.StartsWith("Refused access")).ToList();
        Assert.NotEmpty(refusals);
        Assert.All(refusals, e => Assert.DoesNotContain("@", e.RenderMessage()));
    }

    [Fact]
    public async Task AConsultantsUnfinishedQuestionnaireIsTheirsAlone()
    {
        var (a, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        var (b, _) = await Accounts.SignedInAsync(_factory, "ben@example.com");
        var clientId = await Accounts.AddClientAsync(a, "Ana's client");
        var page = await Html.GetAsync(a, $"/consultant/clients/{clientId}");
        var started = await Html.SubmitAsync(a, page.Forms.Single(f => f.Action.EndsWith("/start", StringComparison.OrdinalIgnoreCase)));
        var draftUrl = started.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync(draftUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(draftUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreatePlainClient().GetAsync(draftUrl)).StatusCode);
    }

    [Fact]
    public async Task AnOwnersAnonymousReportStaysReachableByItsLink()
    {
        var walker = new QuestionnaireWalker(_factory.CreatePlainClient());
        var report = await walker.CompleteAsync();
        var (consultant, _) = await Accounts.SignedInAsync(_factory, "ana@example.com");
        Assert.Equal(HttpStatusCode.OK, (await consultant.GetAsync(report)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _factory.CreatePlainClient().GetAsync(report)).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
