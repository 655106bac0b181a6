using System.Net;
using AngleSharp.Html.Dom;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Consultant;

/// <summary>A consultant's report, and its shared copy, name the client it was made for and the consultant's firm at the top.</summary>
public sealed class ReportHeaderTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheReportAndItsSharedCopyNameTheClientAndTheFirmInTheirHeader()
    {
        var (consultant, _) = await Accounts.SignedInAsync(_factory, "ana@example.com", name: "Ana Reyes", firm: "Reyes Advisory");
        var clientId = await Accounts.AddClientAsync(consultant, "Corner Shop");
        // No name typed on the questionnaire: the client the scenario is filed under is the one named.
        var id = await Accounts.AssessForClientAsync(consultant, clientId, location: QuestionnaireWalker.Location(clientName: null));

        var shares = await Html.GetAsync(consultant, $"/consultant/assessments/{id}/share");
        await Html.SubmitAsync(consultant, shares.Forms.OfType<IHtmlFormElement>().Single(f => f.QuerySelector("#Days") is not null), new Dictionary<string, string> { ["Days"] = "14" });
        var link = new Uri((await Html.GetAsync(consultant, $"/consultant/assessments/{id}/share")).QuerySelector(".share-url")!.TextContent).PathAndQuery;

        foreach (var (client, url) in new[] { (consultant, $"/reports/{id}"), (_factory.CreatePlainClient(), link) })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var header = (await Html.ParseAsync(response)).QuerySelector(".report-header")!;
            Assert.Equal("Corner Shop", header.QuerySelector(".client-name")!.TextContent.Trim());
            Assert.Equal("Reyes Advisory", header.QuerySelector(".firm")!.TextContent.Trim());
            Assert.Equal("Ana Reyes", header.QuerySelector(".prepared-by")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task AnOwnersOwnReportNamesOnlyWhatTheyTyped()
    {
        var walker = new QuestionnaireWalker(_factory.CreatePlainClient());
        var page = await Html.GetAsync(walker.Client, await walker.CompleteAsync(location: QuestionnaireWalker.Location(clientName: null)));
        Assert.Null(page.QuerySelector(".report-header .client-name"));
        Assert.Null(page.QuerySelector(".report-header .firm"));
    }
}
