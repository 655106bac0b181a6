using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Api;

/// <summary>/openapi/v1.json describes the endpoints the app really has, with the bodies they really send.</summary>
public sealed class OpenApiTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private async Task<JsonElement> Document() =>
        JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

    [Fact]
    public async Task EveryApiAndDownloadEndpointIsInTheDocumentAndNothingElse()
    {
        var doc = await Document();
        var documented = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).Order().ToList();

        var real = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } t && (t.StartsWith("/api/", StringComparison.Ordinal) || ((t.StartsWith("/reports/", StringComparison.Ordinal) || t.StartsWith("/shared/", StringComparison.Ordinal)) && (t.EndsWith(".json") || t.EndsWith(".csv")))))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{m} {System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimEnd('/'), ":[a-z]+\\([0-9]+\\)", "")}"))
            .Order().ToList();

        Assert.Equal(real, documented);
    }

    [Fact]
    public async Task TheAnswersSchemaHasExactlyTheFieldsTheApiReads()
    {
        var doc = await Document();
        var body = doc.GetProperty("paths").GetProperty("/api/assessments").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var schema = doc.GetProperty("components").GetProperty("schemas").GetProperty(body.Split('/').Last());
        var documented = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList();
        var real = typeof(AssessmentInput).GetProperties()
            .Where(p => p.GetIndexParameters().Length == 0 && !IgnoredAlways(p))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order().ToList();
        Assert.Equal(real, documented);
    }

    [Fact]
    public async Task TheBudgetCurrencyTheLocationLeadAndTheOnshoreBasisAreExplained()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");
        string Described(JsonElement e) => e.TryGetProperty("description", out var d) ? d.GetString()! : "";
        var input = schemas.GetProperty("AssessmentInput").GetProperty("properties");
        Assert.Contains("absent means US dollars", Described(input.GetProperty("budgetCurrency")));
        Assert.Contains("in budgetCurrency", Described(input.GetProperty("monthlyBudget")));
        Assert.Contains("ISO 3166-1 alpha-2", Described(input.GetProperty("businessCountry")));
        Assert.Contains("Absent for a hire", Described(schemas.GetProperty("LocationLead")));
        var basis = Described(schemas.GetProperty("OnshorePricing").GetProperty("properties").GetProperty("basis"));
        Assert.All(new[] { "as-published", "scaled", "unscaled", "local" }, b => Assert.Contains(b, basis));
    }

    /// <summary>[JsonIgnore] with no condition (or Always) keeps a property off the wire; WhenWritingNull only omits nulls.</summary>
    private static bool IgnoredAlways(System.Reflection.PropertyInfo p) =>
        p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), true)
            .Cast<System.Text.Json.Serialization.JsonIgnoreAttribute>()
            .Any(a => a.Condition == System.Text.Json.Serialization.JsonIgnoreCondition.Always);

    [Fact]
    public async Task TheResultSchemaHasExactlyTheFieldsOfARealResult()
    {
        var doc = await Document();
        var created = await _factory.CreateClient().PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre);
        var real = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.EnumerateObject().Select(p => p.Name).Order().ToList();
        var reference = doc.GetProperty("paths").GetProperty("/api/assessments").GetProperty("post").GetProperty("responses").GetProperty("201")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var documented = doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/').Last())
            .GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList();
        // Every field of the result type is documented; a real result carries all of them but those left out when null
        // (alternative, warnings, close calls: a clear outsourced call for a call centre has none of them).
        var typed = typeof(AssessmentResponse).GetProperties().Where(p => !IgnoredAlways(p))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order().ToList();
        Assert.Equal(typed, documented);
        var omittedWhenNull = typeof(AssessmentResponse).GetProperties()
            .Where(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), true)
                .Cast<System.Text.Json.Serialization.JsonIgnoreAttribute>().Any(a => a.Condition == System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet();
        Assert.Subset(documented.ToHashSet(), real.ToHashSet());
        Assert.All(documented.Except(real), name => Assert.Contains(name, omittedWhenNull));
    }

    [Theory]
    [InlineData("/api/assessments", "post", "400")]
    [InlineData("/api/assessments", "post", "413")]
    [InlineData("/api/assessments", "post", "415")]
    [InlineData("/api/assessments", "post", "429")]
    [InlineData("/api/assessments", "post", "500")]
    [InlineData("/api/assessments/{id}", "get", "404")]
    [InlineData("/reports/{id}.json", "get", "404")]
    [InlineData("/shared/{token}.csv", "get", "410")]
    public async Task ErrorsAreDescribedAsProblemJson(string path, string method, string status)
    {
        var doc = await Document();
        var response = doc.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status);
        Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    public void Dispose() => _factory.Dispose();
}
