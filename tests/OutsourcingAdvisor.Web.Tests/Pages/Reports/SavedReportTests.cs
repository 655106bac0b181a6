using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutsourcingAdvisor.Web.Tests.Api;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Reports;

public sealed class SavedReportTests
{
    [Fact]
    public async Task ASavedReportReadsTheSameAfterTheCatalogueChanges()
    {
        using var seed = new SeedCopy();
        var dbPath = Path.Combine(Path.GetTempPath(), $"advisor-saved-{Guid.NewGuid():N}.db");
        string id, html, json, firstVersion;
        using (var before = new AdvisorFactory { SeedPath = seed.Directory, DatabasePath = dbPath, KeepDatabase = true })
        {
            var client = before.CreateClient();
            var created = JsonDocument.Parse(await (await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre)).Content.ReadAsStringAsync()).RootElement;
            id = created.GetProperty("id").GetString()!;
            firstVersion = created.GetProperty("catalogueVersion").GetString()!;
            html = await client.GetStringAsync($"/reports/{id}");
            json = await client.GetStringAsync($"/api/assessments/{id}");
        }

        // The customer-service price doubles and offshore gets dearer: a new catalogue version on the next start.
        seed.EditCategory("customer-support", c => { c["price"]!["min"] = 40; c["price"]!["max"] = 60; });
        var locations = seed.Read("locations.json");
        locations["locations"]![2]!["costFactor"]!["max"] = 0.9;
        seed.Write("locations.json", locations);

        using var after = new AdvisorFactory { SeedPath = seed.Directory, DatabasePath = dbPath };
        var again = after.CreateClient();
        Assert.Equal(html, await again.GetStringAsync($"/reports/{id}"));
        Assert.Equal(json, await again.GetStringAsync($"/api/assessments/{id}"));

        var fresh = JsonNode.Parse(await (await again.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre)).Content.ReadAsStringAsync())!;
        Assert.NotEqual(firstVersion, (string?)fresh["catalogueVersion"]);
        Assert.NotEqual(JsonNode.Parse(json)!["cost"]!["high"]!.GetValue<decimal>(), fresh["cost"]!["high"]!.GetValue<decimal>());
    }
}
