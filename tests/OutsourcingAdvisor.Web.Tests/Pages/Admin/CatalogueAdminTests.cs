using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Api;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Admin;

public sealed class CatalogueAdminTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private static Task<HttpResponseMessage> Save(HttpClient admin, AngleSharp.Html.Dom.IHtmlDocument page, IDictionary<string, string> values) =>
        Html.SubmitAsync(admin, page.Forms.Single(f => f.Closest("header") is null), values);

    [Fact]
    public async Task AnAdminEditsAPriceRangeAsANewVersionWithAnAuditEntry()
    {
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin, name: "Bea Boss");
        var page = await Html.GetAsync(admin, "/admin/catalogue/price/customer-support");
        var saved = await Save(admin, page, new Dictionary<string, string> { ["Input.Min"] = "22", ["Input.Max"] = "35", ["Input.Reason"] = "New 2026 quotes from three vendors" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var catalogue = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/api/catalogue")).RootElement;
        var price = catalogue.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "customer-support").GetProperty("price");
        Assert.Equal(22, price.GetProperty("min").GetDecimal());
        Assert.Equal(35, price.GetProperty("max").GetDecimal());

        await using var db = _factory.NewDbContext();
        var versions = await db.CatalogueVersions.OrderBy(v => v.Id).ToListAsync();
        Assert.Equal(["seed", "edit"], versions.Select(v => v.Origin));
        Assert.Equal(versions[1].Label, catalogue.GetProperty("version").GetString());
        Assert.Equal(versions[0].Document.Categories.Count, versions[1].Document.Categories.Count);
        Assert.Equal(versions[0].Id, versions[1].BasedOnVersionId);

        var audit = await db.CatalogueAudit.SingleAsync();
        Assert.Equal("Bea Boss", audit.UserName);
        Assert.Equal("price", audit.Entity);
        Assert.Equal("customer-support", audit.Key);
        Assert.Contains("\"Min\":20", audit.OldValue);
        Assert.Contains("\"Min\":22", audit.NewValue);
        Assert.Equal("New 2026 quotes from three vendors", audit.Note);
        Assert.InRange(audit.AtUtc, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddSeconds(5));

        var trail = await Html.GetAsync(admin, "/admin/audit");
        Assert.Contains("New 2026 quotes from three vendors", trail.QuerySelector(".audit-table")!.TextContent);
    }

    [Fact]
    public async Task EditsFollowTheSameRulesAsTheSeedImport()
    {
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var page = await Html.GetAsync(admin, "/admin/catalogue/price/payroll");
        var refused = await Html.ParseAsync(await Save(admin, page, new Dictionary<string, string>
        {
            ["Input.Min"] = "500", ["Input.Max"] = "100", ["Input.Sources"] = "doc-999", ["Input.Provenance"] = "document", ["Input.Reason"] = "test",
        }));
        var errors = refused.QuerySelectorAll(".admin-error").Select(e => e.TextContent).ToList();
        Assert.Contains("price.min: is 500, above max 100.", errors);
        Assert.Contains("price.sources: 'doc-999' is not a known source id.", errors);

        var noReason = await Html.ParseAsync(await Save(admin, await Html.GetAsync(admin, "/admin/catalogue/location/offshore"),
            new Dictionary<string, string> { ["Input.CostMin"] = "0.8", ["Input.CostMax"] = "0.4", ["Input.Reason"] = "" }));
        var locationErrors = noReason.QuerySelectorAll(".admin-error").Select(e => e.TextContent).ToList();
        Assert.Contains("Say why you are making this change.", locationErrors);

        await using var db = _factory.NewDbContext();
        Assert.Equal(1, await db.CatalogueVersions.CountAsync());
        Assert.Empty(await db.CatalogueAudit.ToListAsync());
    }

    [Fact]
    public async Task TheSecondOfTwoAdminsEditingTheSameEntryIsRefusedAndNothingIsOverwritten()
    {
        var (first, _) = await Accounts.SignedInAsync(_factory, "one@example.com", Roles.Admin);
        var (second, _) = await Accounts.SignedInAsync(_factory, "two@example.com", Roles.Admin);
        var firstPage = await Html.GetAsync(first, "/admin/catalogue/location/offshore");
        var secondPage = await Html.GetAsync(second, "/admin/catalogue/location/offshore");

        Assert.Equal(HttpStatusCode.Redirect, (await Save(first, firstPage, new Dictionary<string, string> { ["Input.CostMax"] = "0.55", ["Input.Reason"] = "first" })).StatusCode);
        var refused = await Save(second, secondPage, new Dictionary<string, string> { ["Input.CostMax"] = "0.65", ["Input.Reason"] = "second" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(CatalogueEditor.ConflictMessage, (await Html.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        var catalogue = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/api/catalogue")).RootElement;
        var offshore = catalogue.GetProperty("locations").EnumerateArray().Single(l => l.GetProperty("key").GetString() == "offshore");
        Assert.Equal(0.55m, offshore.GetProperty("costFactor").GetProperty("max").GetDecimal());
        await using var db = _factory.NewDbContext();
        Assert.Equal("first", (await db.CatalogueAudit.SingleAsync()).Note);

        // After reloading, the second admin can make the change on top of the first.
        var reloaded = await Html.GetAsync(second, "/admin/catalogue/location/offshore");
        Assert.Equal(HttpStatusCode.Redirect, (await Save(second, reloaded, new Dictionary<string, string> { ["Input.CostMax"] = "0.65", ["Input.Reason"] = "second, after reload" })).StatusCode);
    }

    [Fact]
    public async Task EditingADifferentEntryInBetweenIsNotAConflict()
    {
        var (first, _) = await Accounts.SignedInAsync(_factory, "one@example.com", Roles.Admin);
        var (second, _) = await Accounts.SignedInAsync(_factory, "two@example.com", Roles.Admin);
        var payroll = await Html.GetAsync(second, "/admin/catalogue/price/payroll");
        Assert.Equal(HttpStatusCode.Redirect, (await Save(first, await Html.GetAsync(first, "/admin/catalogue/preset/balanced"),
            new Dictionary<string, string> { ["Weights[goal]"] = "1.5", ["Reason"] = "goals matter more" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Save(second, payroll, new Dictionary<string, string> { ["Input.Max"] = "1400", ["Input.Reason"] = "cap" })).StatusCode);
        await using var db = _factory.NewDbContext();
        Assert.Equal(3, await db.CatalogueVersions.CountAsync());
    }

    [Fact]
    public async Task ASavedReportReadsTheSameAfterAnEditAndNewAssessmentsUseTheNewVersion()
    {
        var anonymous = _factory.CreatePlainClient();
        var created = JsonDocument.Parse(await (await anonymous.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre)).Content.ReadAsStringAsync()).RootElement;
        var id = created.GetProperty("id").GetString()!;
        var before = await anonymous.GetStringAsync($"/reports/{id}");

        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        await Save(admin, await Html.GetAsync(admin, "/admin/catalogue/price/customer-support"),
            new Dictionary<string, string> { ["Input.Min"] = "40", ["Input.Max"] = "60", ["Input.Reason"] = "doubled" });

        Assert.Equal(before, await anonymous.GetStringAsync($"/reports/{id}"));
        var fresh = JsonDocument.Parse(await (await anonymous.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre)).Content.ReadAsStringAsync()).RootElement;
        Assert.NotEqual(created.GetProperty("catalogueVersion").GetString(), fresh.GetProperty("catalogueVersion").GetString());
        Assert.Equal(1920, fresh.GetProperty("cost").GetProperty("low").GetDecimal());
    }

    public void Dispose() => _factory.Dispose();
}
