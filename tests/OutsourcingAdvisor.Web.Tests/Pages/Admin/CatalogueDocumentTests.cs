using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Admin;

/// <summary>A catalogue version is one document: an edit changes what it names and carries everything else over.</summary>
public sealed class CatalogueDocumentTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private static Task<HttpResponseMessage> Save(HttpClient admin, AngleSharp.Html.Dom.IHtmlDocument page, IDictionary<string, string> values) =>
        Html.SubmitAsync(admin, page.Forms.Single(f => f.Closest("header") is null), values);

    private async Task<List<CatalogueVersionRecord>> VersionsAsync()
    {
        await using var db = _factory.NewDbContext();
        return await db.CatalogueVersions.AsNoTracking().OrderBy(v => v.Id).ToListAsync();
    }

    private static JsonObject Node(CatalogueVersionRecord v) => JsonNode.Parse(v.Document.ToJson())!.AsObject();

    [Fact]
    public async Task APriceEditChangesThatPriceAndKeepsEveryOtherFieldOfTheDocument()
    {
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var saved = await Save(admin, await Html.GetAsync(admin, "/admin/catalogue/price/payroll"),
            new Dictionary<string, string> { ["Input.Max"] = "1400", ["Input.Reason"] = "cap" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);

        var versions = await VersionsAsync();
        Assert.Equal(2, versions.Count);
        var before = Node(versions[0]);
        var after = Node(versions[1]);
        Assert.Equal(1400, after["categories"]!.AsArray().Single(c => (string?)c!["slug"] == "payroll")!["price"]!["max"]!.GetValue<decimal>());
        // Put the old maximum back: the rest of the document must then be exactly the old one.
        after["categories"]!.AsArray().Single(c => (string?)c!["slug"] == "payroll")!["price"]!["max"] =
            before["categories"]!.AsArray().Single(c => (string?)c!["slug"] == "payroll")!["price"]!["max"]!.DeepClone();
        Assert.True(JsonNode.DeepEquals(before, after), "an edit of one price changed something else in the catalogue");
    }

    [Fact]
    public async Task AFieldNoEditorKnowsAboutIsCarriedThroughAnAdminEdit()
    {
        _factory.CreateClient();
        // A value the seed files never set and no edit page shows: the overlap hours' note and a doubt reason.
        await using (var db = _factory.NewDbContext())
        {
            var latest = (await CatalogueStore.LatestAsync(db))!;
            var document = latest.Document with
            {
                Locations = [.. latest.Document.Locations.Select(l => l with { OverlapHours = l.OverlapHours with { Note = $"note for {l.Key}" } })],
                MarketFacts = [.. latest.Document.MarketFacts.Select(f => f with { DoubtReason = f.DoubtReason ?? $"reason for {f.Id}" })],
            };
            db.CatalogueVersions.Add(new CatalogueVersionRecord
            {
                ContentHash = document.Hash(), Origin = "edit", CreatedAtUtc = DateTime.UtcNow, BasedOnVersionId = latest.Id, Document = document,
            });
            await db.SaveChangesAsync();
            await _factory.Services.GetRequiredService<CatalogueStore>().ReloadAsync(db);
        }

        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await Save(admin, await Html.GetAsync(admin, "/admin/catalogue/location/offshore"),
            new Dictionary<string, string> { ["Input.CostMax"] = "0.55", ["Input.Reason"] = "new quotes" })).StatusCode);

        var edited = (await VersionsAsync()).Last().Document;
        Assert.Equal(0.55m, edited.Locations.Single(l => l.Key == "offshore").CostFactor.Max);
        Assert.All(edited.Locations, l => Assert.Equal($"note for {l.Key}", l.OverlapHours.Note));
        Assert.All(edited.MarketFacts, f => Assert.False(string.IsNullOrEmpty(f.DoubtReason)));
    }

    [Fact]
    public async Task TheCatalogueApiIsTheCurrentDocumentAsStoredWithItsVersion()
    {
        var api = JsonNode.Parse(await _factory.CreateClient().GetStringAsync("/api/catalogue"))!.AsObject();
        var current = (await VersionsAsync()).Last();
        Assert.Equal(current.Label, (string?)api["version"]);
        api.Remove("version");
        Assert.True(JsonNode.DeepEquals(Node(current), api), "the API shows something other than the stored document");
    }

    [Fact]
    public async Task TheDatabaseRefusesASecondVersionMadeFromTheSameBase()
    {
        _factory.CreateClient();
        await using var db = _factory.NewDbContext();
        var latest = (await CatalogueStore.LatestAsync(db))!;
        CatalogueVersionRecord Next(string why) => new()
        {
            ContentHash = latest.Document.Hash(), Origin = "edit", CreatedAtUtc = DateTime.UtcNow, Note = why, BasedOnVersionId = latest.Id, Document = latest.Document,
        };
        db.CatalogueVersions.Add(Next("first"));
        await db.SaveChangesAsync();
        db.CatalogueVersions.Add(Next("second"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    public void Dispose() => _factory.Dispose();
}
