using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Assessments;

/// <summary>
/// TestData/StoredResults holds result bodies captured from the API before the options became enums
/// (2026-12-01, catalogue 1-8deb2822). Reading one through today's types and writing it again must give the
/// same bytes, so every report stored by an earlier version still reads the same.
/// </summary>
public sealed class StoredResultJsonTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "StoredResults");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Folder, "*.json").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void StoredResultReadsBackToTheSameBytes(string file)
    {
        var stored = File.ReadAllText(Path.Combine(Folder, file));

        var read = JsonSerializer.Deserialize<AssessmentResponse>(stored, AssessmentStorage.Json);
        var written = JsonSerializer.Serialize(read, AssessmentStorage.Json);

        Assert.Equal(stored, written);
    }

    /// <remarks>
    /// Issue 9 changed the advice itself (costs per trade unit, hires at home, budget honesty), so stored answers no
    /// longer get the stored result; they are still accepted, except one-off work, which now needs a total budget.
    /// </remarks>
    [Theory]
    [MemberData(nameof(Files))]
    public async Task StoredAnswersAreStillAcceptedAndOneOffWorkAsksForATotalBudget(string file)
    {
        var stored = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!.AsObject();
        using var factory = new AdvisorFactory();
        var client = factory.CreatePlainClient();

        var answers = stored["answers"]!.AsObject();
        var response = await client.PostAsync("/api/assessments", new StringContent(answers.ToJsonString(), Encoding.UTF8, "application/json"));
        if ((string?)answers["engagement"] == "one-off")
        {
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("totalBudget", await response.Content.ReadAsStringAsync());
            answers["totalBudget"] = answers["monthlyBudget"]!.GetValue<decimal>();
            response = await client.PostAsync("/api/assessments", new StringContent(answers.ToJsonString(), Encoding.UTF8, "application/json"));
        }
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var fresh = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.NotNull(fresh["cost"]!["price"] ?? fresh["cost"]!["inHouse"]);
        // Stored answers name no country: a fresh result says the US was assumed.
        Assert.True(fresh["owner"]!["assumed"]!.GetValue<bool>());
        Assert.Equal("US", fresh["owner"]!["country"]!.GetValue<string>());
    }

    /// <summary>The models' strengths and risks moved from code to seed-data/models.json: a report lists the same text as before.</summary>
    [Fact]
    public void TheModelsStrengthsAndRisksInTheSeedAreTheTextStoredResultsShow()
    {
        var catalogue = SeedReader.Read(SeedCopy.RepoSeedDirectory).ToCatalogue("seed");
        var seen = new HashSet<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json"))
        {
            var stored = JsonSerializer.Deserialize<AssessmentResponse>(File.ReadAllText(file), AssessmentStorage.Json)!;
            var model = catalogue.FindModel(stored.Recommendation.Model)!;
            Assert.Equal(stored.Guidance.ModelStrengths, model.Strengths.Select(n => new OutsourcingAdvisor.Domain.Scoring.SourcedText(n.Text, n.Source)));
            Assert.Equal(stored.Guidance.ModelRisks, model.Risks.Select(n => new OutsourcingAdvisor.Domain.Scoring.SourcedText(n.Text, n.Source)));
            seen.Add(OutsourcingAdvisor.Domain.Assessment.Wire.Name(stored.Recommendation.Model));
        }
        Assert.Equal(OutsourcingAdvisor.Domain.Assessment.Wire.NamesOf<OutsourcingAdvisor.Domain.Scoring.ModelOption>().Order(), seen.Order());
    }

    [Fact]
    public void TheCapturedResultsCoverEveryModelLocationAndPriceUnit()
    {
        var all = Directory.GetFiles(Folder, "*.json").Select(f => File.ReadAllText(f)).ToList();
        foreach (var word in new[] { "\"model\":\"bpo\"", "\"model\":\"kpo\"", "\"model\":\"project\"", "\"model\":\"in-house\"",
                     "\"location\":\"onshore\"", "\"location\":\"nearshore\"", "\"location\":\"offshore\"",
                     "\"priceUnit\":\"hour\"", "\"priceUnit\":\"month\"", "\"priceUnit\":\"percent-below-in-house\"",
                     "\"priceProvenance\":\"document\"", "\"priceProvenance\":\"reference\"", "\"priceProvenance\":\"derived\"",
                     "\"leadStrength\":\"clear\"", "\"leadStrength\":\"moderate\"", "\"leadStrength\":\"close\"",
                     "\"specialization\":\"lpo\"", "\"excluded\":true" })
            Assert.Contains(all, json => json.Contains(word, StringComparison.Ordinal));
    }
}
