using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

public sealed class AdminPriceLimitTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("10001")]
    public async Task AHugePriceMaximumIsAFieldErrorAndAssessmentsKeepWorking(string max)
    {
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var page = await Html.GetAsync(admin, "/admin/catalogue/price/customer-support");
        var response = await Html.SubmitAsync(admin, page.Forms.Single(f => f.Closest("header") is null),
            new Dictionary<string, string> { ["Input.Min"] = "20", ["Input.Max"] = max, ["Input.Reason"] = "typo" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await Html.ParseAsync(response)).QuerySelectorAll(".admin-error").Select(e => e.TextContent).ToList();
        Assert.Contains(errors, e => e.StartsWith("price.max: ", StringComparison.Ordinal) && e.Contains("at most 10000 USD"));
        await using (var db = _factory.NewDbContext())
            Assert.Equal(1, await db.CatalogueVersions.CountAsync());

        var assessed = await _factory.CreateClient().PostAsJsonAsync("/api/assessments", new
        {
            taskType = "customer-support", skillLevel = "basic", monthlyBudget = 10_000_000, location = "any", hoursPerMonth = 20_000,
        });
        Assert.Equal(HttpStatusCode.Created, assessed.StatusCode);
    }

    [Fact]
    public async Task APriceAtTheCeilingStillEstimatesWithoutOverflow()
    {
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var page = await Html.GetAsync(admin, "/admin/catalogue/price/customer-support");
        var saved = await Html.SubmitAsync(admin, page.Forms.Single(f => f.Closest("header") is null),
            new Dictionary<string, string> { ["Input.Min"] = "10000", ["Input.Max"] = "10000", ["Input.Reason"] = "the ceiling" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var assessed = await _factory.CreateClient().PostAsJsonAsync("/api/assessments", new
        {
            taskType = "customer-support", skillLevel = "basic", monthlyBudget = 10_000_000, location = "any", hoursPerMonth = 20_000,
        });
        Assert.Equal(HttpStatusCode.Created, assessed.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
