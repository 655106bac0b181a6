using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Api;

public sealed class AssessmentsApiTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();
    private readonly HttpClient _client;

    public AssessmentsApiTests() => _client = _factory.CreateClient();

    public static object CallCentre => new
    {
        taskType = "customer-support", skillLevel = "basic", monthlyBudget = 4000, location = "any",
        coverage = "24x7", customerFacing = true, scope = "whole-process", goal = "cut-costs", clientName = "Acme Ltd",
    };

    private async Task<int> StoredCount()
    {
        await using var db = _factory.NewDbContext();
        return await db.Assessments.CountAsync();
    }

    private Task<HttpResponseMessage> PostRaw(string json) =>
        _client.PostAsync("/api/assessments", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task CreatesAnAssessmentAndAnswers201WithItsLocation()
    {
        var response = await _client.PostAsJsonAsync("/api/assessments", CallCentre);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/assessments/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal($"/reports/{id}", body.GetProperty("reportUrl").GetString());
        Assert.Equal("bpo", body.GetProperty("recommendation").GetProperty("model").GetString());
        Assert.Equal("offshore", body.GetProperty("recommendation").GetProperty("location").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("catalogueVersion").GetString()));

        var models = body.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(4, models.Count);
        Assert.True(models.Zip(models.Skip(1)).All(p => p.First.GetProperty("score").GetDouble() >= p.Second.GetProperty("score").GetDouble()));
        var reason = models[0].GetProperty("reasons")[0];
        Assert.True(reason.TryGetProperty("text", out _) && reason.TryGetProperty("points", out _) && reason.TryGetProperty("source", out _));

        var locations = body.GetProperty("locations").EnumerateArray().ToList();
        Assert.Equal(3, locations.Count);
        Assert.All(locations, l => Assert.True(l.TryGetProperty("excluded", out _) && l.TryGetProperty("monthlyCost", out _)));
        var cost = body.GetProperty("cost");
        Assert.Equal("USD", cost.GetProperty("currency").GetString());
        Assert.Equal(960, cost.GetProperty("low").GetDecimal());
        Assert.True(cost.GetProperty("withinBudget").GetBoolean());
        Assert.Equal(3106, cost.GetProperty("inHouseLow").GetDecimal());
        Assert.Contains(body.GetProperty("whatIf").EnumerateArray(), w => w.GetProperty("field").GetString() == "onSiteRequired");
        Assert.Equal(1, await StoredCount());
    }

    [Fact]
    public async Task GetReturnsTheStoredBodyByteForByte()
    {
        var created = await _client.PostAsJsonAsync("/api/assessments", CallCentre);
        var createdBody = await created.Content.ReadAsStringAsync();
        var get = await _client.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(createdBody, await get.Content.ReadAsStringAsync());
        Assert.Equal("no-store", get.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task StoresTheAnswersTheResultTheVersionAndTheTime()
    {
        var before = DateTime.UtcNow.AddSeconds(-2);
        var created = await _client.PostAsJsonAsync("/api/assessments", CallCentre);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        await using var db = _factory.NewDbContext();
        var row = await db.Assessments.SingleAsync(a => a.Id == id);
        Assert.Equal("customer-support", JsonDocument.Parse(row.ResultJson).RootElement.GetProperty("answers").GetProperty("taskType").GetString());
        Assert.Contains("\"model\":\"bpo\"", row.ResultJson);
        Assert.Equal("Acme Ltd", row.ClientName);
        Assert.InRange(row.CreatedAtUtc, before, DateTime.UtcNow.AddSeconds(2));
        Assert.Equal((await db.CatalogueVersions.SingleAsync()).Label, row.CatalogueVersion);
    }

    [Fact]
    public async Task IdsCarryAtLeast128RandomBits()
    {
        var ids = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            var r = await _client.PostAsJsonAsync("/api/assessments", CallCentre);
            var id = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
            Assert.Equal(16, Convert.FromBase64String(id.Replace('-', '+').Replace('_', '/') + "==").Length);
            Assert.True(ids.Add(id));
        }
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"taskType":"not-a-task","skillLevel":"basic","monthlyBudget":100,"location":"any"}""", "taskType" },
        { """{"taskType":"payroll","skillLevel":"wizard","monthlyBudget":100,"location":"any"}""", "skillLevel" },
        { """{"taskType":"payroll","skillLevel":"basic","monthlyBudget":0,"location":"any"}""", "monthlyBudget" },
        { """{"taskType":"payroll","skillLevel":"basic","monthlyBudget":10000001,"location":"any"}""", "monthlyBudget" },
        { """{"taskType":"payroll","skillLevel":"basic","monthlyBudget":100,"location":"mars"}""", "location" },
        { """{"taskType":"payroll","skillLevel":"basic","monthlyBudget":100,"location":"any","hoursPerMonth":20001}""", "hoursPerMonth" },
        { """{"taskType":"payroll","skillLevel":"basic","monthlyBudget":100,"location":"any","coverage":"always"}""", "coverage" },
        { """{"taskType":"payroll","skillLevel":"basic","monthlyBudget":100,"location":"any","clientName":"a\tb"}""", "clientName" },
        { """{"skillLevel":"basic","monthlyBudget":100,"location":"any"}""", "taskType" },
        { """{"taskType":"payroll","skillLevel":"basic","monthlyBudget":"100","location":"any"}""", "monthlyBudget" },
        { """{"taskType":"payroll","skillLevel":"basic","monthlyBudget":100,"location":"any","customerFacing":"yes"}""", "customerFacing" },
        { """{"taskType":"payroll", "skillLevel": """, "body" },
        { """[1,2,3]""", "body" },
        { "null", "body" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task BadInputIs400ProblemJsonKeyedByFieldAndStoresNothing(string json, string field)
    {
        var response = await PostRaw(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(0, await StoredCount());
    }

    [Fact]
    public async Task AnOverLongClientNameIsRefusedInPlainWords()
    {
        var response = await PostRaw($$"""{"taskType":"payroll","skillLevel":"basic","monthlyBudget":100,"location":"any","clientName":"{{new string('x', 121)}}"}""");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("The client name can be at most 120 characters.", errors.GetProperty("clientName")[0].GetString());
    }

    [Fact]
    public async Task NonJsonContentIsRefusedWith415()
    {
        var response = await _client.PostAsync("/api/assessments", new StringContent("taskType=payroll", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, await StoredCount());
    }

    [Fact]
    public async Task AnUnknownIdIs404ProblemJson()
    {
        var response = await _client.GetAsync("/api/assessments/AAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _factory.Dispose();
}
