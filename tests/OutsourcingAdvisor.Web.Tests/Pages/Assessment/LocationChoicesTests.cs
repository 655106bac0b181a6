using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Assessment;

/// <summary>The preferred-location question offers "No preference" and the bands the catalogue lists, with their names and hints.</summary>
public sealed class LocationChoicesTests
{
    private static async Task<List<(string Value, string Label, string? Hint)>> LocationChoicesAsync(AdvisorFactory factory)
    {
        var walker = new QuestionnaireWalker(factory.CreatePlainClient());
        var skillsUrl = await walker.NextAsync(await walker.StartAsync(), QuestionnaireWalker.Work());
        var locationUrl = await walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        var page = await Html.GetAsync(walker.Client, locationUrl);
        return [.. page.QuerySelectorAll("input[type=radio][name='Input.Location']").OfType<IHtmlInputElement>().Select(i => (
            i.Value,
            page.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim(),
            i.GetAttribute("aria-describedby") is { } hint ? page.GetElementById(hint)!.TextContent.Trim() : null))];
    }

    [Fact]
    public async Task TheSeedsThreeBandsAreOfferedWithTheLabelsAndHintsTheyHadInCode()
    {
        using var factory = new AdvisorFactory();
        Assert.Equal(
        [
            ("any", "No preference", "Let the advice decide."),
            ("onshore", "Onshore", "A provider in your own country."),
            ("nearshore", "Nearshore", "A provider in a neighbouring country, a few hours' time difference at most."),
            ("offshore", "Offshore", "A provider in a distant country, usually the cheapest."),
        ], await LocationChoicesAsync(factory));
    }

    [Fact]
    public async Task ATwoBandSeedOffersOnlyThoseBandsAndNoPreferenceAndRefusesTheOther()
    {
        using var seed = new SeedCopy();
        var locations = seed.Read("locations.json");
        var list = locations["locations"]!.AsArray();
        list.Remove(list.Single(l => (string?)l!["key"] == "nearshore"));
        var offshore = list.Single(l => (string?)l!["key"] == "offshore")!;
        offshore["name"] = "Far offshore";
        offshore["hint"] = "A hint only this test gives.";
        seed.Write("locations.json", locations);
        using var factory = new AdvisorFactory { SeedPath = seed.Directory };

        Assert.Equal(
        [
            ("any", "No preference", "Let the advice decide."),
            ("onshore", "Onshore", "A provider in your own country."),
            ("offshore", "Far offshore", "A hint only this test gives."),
        ], await LocationChoicesAsync(factory));

        var client = factory.CreatePlainClient();
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.AssessmentsApiTests.CallCentre))!.AsObject();
        body["location"] = "nearshore";
        var refused = await client.PostAsJsonAsync("/api/assessments", body);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choose a location from the list: any, onshore, offshore.", await refused.Content.ReadAsStringAsync());

        body["location"] = "offshore";
        var created = await client.PostAsJsonAsync("/api/assessments", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var report = await client.GetStringAsync((string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["reportUrl"]!);
        Assert.Contains("Far offshore", report);
    }
}
