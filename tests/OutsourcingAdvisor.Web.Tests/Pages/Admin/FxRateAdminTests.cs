using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Admin;

public sealed class FxRateAdminTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static Task<HttpResponseMessage> Save(HttpClient admin, AngleSharp.Html.Dom.IHtmlDocument page, IDictionary<string, string> values) =>
        Html.SubmitAsync(admin, page.Forms.Single(f => f.Closest("header") is null), values);

    [Fact]
    public async Task AnAdminEditsARateAsANewVersionWithAnAuditEntryAndReportsUseIt()
    {
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin, name: "Bea Boss");
        var page = await Html.GetAsync(admin, "/admin/catalogue/fx/GBP");
        var saved = await Save(admin, page, new Dictionary<string, string>
        {
            ["Input.Rate"] = "0.85", ["Input.Date"] = "2025-03-31", ["Input.Source"] = "ref-ecb-fx-20250228", ["Input.Reason"] = "Month-end check",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await using var db = _factory.NewDbContext();
        Assert.Equal(["seed", "edit"], (await db.CatalogueVersions.OrderBy(v => v.Id).ToListAsync()).Select(v => v.Origin));
        var audit = await db.CatalogueAudit.SingleAsync();
        Assert.Equal("fx-rate", audit.Entity);
        Assert.Equal("GBP", audit.Key);
        Assert.Contains("0.82608", audit.OldValue);
        Assert.Contains("0.85", audit.NewValue);

        var response = await _factory.CreateClient().PostAsJsonAsync("/api/assessments", new
        {
            taskType = "customer-support", skillLevel = "basic", monthlyBudget = 4000, location = "any", businessCountry = "GB",
        });
        var money = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("owner").GetProperty("money");
        Assert.Equal("2025-03-31", money.GetProperty("rateDate").GetString());
        Assert.Equal(Math.Round(4000m * 0.85m / 1.0411m, 2), money.GetProperty("monthlyBudget").GetDecimal());
    }

    [Fact]
    public async Task ABadRateIsRefusedAndNothingIsSaved()
    {
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var page = await Html.GetAsync(admin, "/admin/catalogue/fx/INR");
        var refused = await Html.ParseAsync(await Save(admin, page, new Dictionary<string, string>
        {
            ["Input.Rate"] = "-1", ["Input.Date"] = "soon", ["Input.Source"] = "ref-nowhere", ["Input.Reason"] = "",
        }));
        var errors = refused.QuerySelectorAll(".admin-error").Select(e => e.TextContent).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Contains("'ref-nowhere' is not a known source id.", errors);
        await using var db = _factory.NewDbContext();
        Assert.Equal(1, await db.CatalogueVersions.CountAsync());
        Assert.Empty(await db.CatalogueAudit.ToListAsync());
    }

    // Two admins open the same rate; the second save is refused and the first one's value stands.
    [Fact]
    public async Task TheSecondOfTwoConcurrentEditsIsRefused()
    {
        var (first, _) = await Accounts.SignedInAsync(_factory, "one@example.com", Roles.Admin);
        var (second, _) = await Accounts.SignedInAsync(_factory, "two@example.com", Roles.Admin);
        var firstPage = await Html.GetAsync(first, "/admin/catalogue/fx/AUD");
        var secondPage = await Html.GetAsync(second, "/admin/catalogue/fx/AUD");
        var values = new Dictionary<string, string> { ["Input.Rate"] = "1.7", ["Input.Date"] = "2025-03-31", ["Input.Source"] = "ref-ecb-fx-20250228", ["Input.Reason"] = "check" };
        Assert.Equal(HttpStatusCode.Redirect, (await Save(first, firstPage, values)).StatusCode);
        var refused = await Html.ParseAsync(await Save(second, secondPage, new Dictionary<string, string>(values) { ["Input.Rate"] = "1.9" }));
        Assert.Contains(CatalogueEditor.ConflictMessage, refused.QuerySelector(".admin-error")!.TextContent);
        await using var db = _factory.NewDbContext();
        Assert.Equal(2, await db.CatalogueVersions.CountAsync());
        Assert.Equal(1.7m, (await CatalogueStore.LoadLatestAsync(db))!.Countries!.Fx.Rates["AUD"]);
    }
}
