using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Api;

/// <summary>The answers the cost model added (total budget, headcount, items a month) through POST /api/assessments.</summary>
public sealed class CostAnswersApiTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();
    private readonly HttpClient _client;

    public CostAnswersApiTests() => _client = _factory.CreateClient();

    private async Task<int> StoredCount()
    {
        await using var db = _factory.NewDbContext();
        return await db.Assessments.CountAsync();
    }

    private static async Task<JsonElement> Body(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task OneOffWorkWithoutATotalBudgetIsRefusedAndNothingIsStored()
    {
        var response = await _client.PostAsJsonAsync("/api/assessments", new { taskType = "website-redesign", skillLevel = "specialist", monthlyBudget = 1000, location = "any", engagement = "one-off" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await Body(response)).GetProperty("errors");
        Assert.Contains("For one-off work", errors.GetProperty("totalBudget")[0].GetString());
        Assert.Equal(0, await StoredCount());
    }

    [Theory]
    [InlineData("""{"taskType":"payroll","skillLevel":"basic","monthlyBudget":1000,"location":"any","headcount":0}""", "headcount")]
    [InlineData("""{"taskType":"payroll","skillLevel":"basic","monthlyBudget":1000,"location":"any","headcount":"fifty"}""", "headcount")]
    [InlineData("""{"taskType":"data-conversion","skillLevel":"basic","monthlyBudget":1000,"location":"any","volume":-5}""", "volume")]
    [InlineData("""{"taskType":"logo-design","skillLevel":"basic","monthlyBudget":1000,"location":"any","engagement":"one-off","totalBudget":0}""", "totalBudget")]
    public async Task ABadNewAnswerIsAFieldErrorAndNothingIsStored(string json, string field)
    {
        var response = await _client.PostAsync("/api/assessments", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Body(response)).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await StoredCount());
    }

    [Fact]
    public async Task PayrollIsPricedPerEmployeeForTheHeadcountGiven()
    {
        var response = await _client.PostAsJsonAsync("/api/assessments", new { taskType = "payroll", skillLevel = "intermediate", monthlyBudget = 1500, location = "onshore", headcount = 60, scope = "whole-process" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var cost = (await Body(response)).GetProperty("cost");
        Assert.Equal("employee-month", cost.GetProperty("price").GetProperty("unit").GetString());
        Assert.Equal("60 employees", cost.GetProperty("quantity").GetString());
        Assert.Equal("per-employee-per-month", cost.GetProperty("provider").GetProperty("pricingModel").GetString());
    }

    [Fact]
    public async Task AOneOffProjectIsPricedAsATotalAgainstTheTotalBudget()
    {
        var response = await _client.PostAsJsonAsync("/api/assessments", new { taskType = "website-redesign", skillLevel = "specialist", monthlyBudget = 1000, location = "onshore", engagement = "one-off", scope = "single-task", totalBudget = 15000 });
        var body = await Body(response);
        Assert.Equal("project", body.GetProperty("recommendation").GetProperty("model").GetString());
        Assert.True(body.GetProperty("cost").GetProperty("isTotal").GetBoolean());
        Assert.Equal(15000, body.GetProperty("cost").GetProperty("budget").GetDecimal());
    }

    [Fact]
    public async Task ABudgetThatCoversNothingSaysSoAndIsNeverAClearLead()
    {
        var body = await Body(await _client.PostAsJsonAsync("/api/assessments", new { taskType = "customer-support", skillLevel = "basic", monthlyBudget = 100, location = "any" }));
        Assert.Equal("budget-covers-nothing", body.GetProperty("warnings")[0].GetProperty("id").GetString());
        Assert.NotEqual("clear", body.GetProperty("leadStrength").GetString());
        Assert.True(body.GetProperty("cost").GetProperty("smallestBudget").GetDecimal() > 100);
    }

    public void Dispose() => _factory.Dispose();
}
