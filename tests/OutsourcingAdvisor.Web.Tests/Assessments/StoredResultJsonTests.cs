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

    /// <summary>
    /// Results are written by the source-generated <c>StoredResultJson</c>; it must give the bytes the reflection
    /// options give, for every captured result and for fresh results of several kinds (a hire, a project, an owner
    /// abroad, optional answers given), so switching writers changed no stored byte.
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void TheSourceGeneratedWriterWritesWhatTheOptionsWrite(string file)
    {
        var read = JsonSerializer.Deserialize<AssessmentResponse>(File.ReadAllText(Path.Combine(Folder, file)), AssessmentStorage.Json)!;
        Assert.Equal(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(read, AssessmentStorage.Json)), AssessmentStorage.Utf8Of(read));
    }

    /// <summary>
    /// Stored results are read (reports, scenarios, duplicates) by the same source-generated context: every captured
    /// result reads to what the reflection options read, compared by writing both back with those options.
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void TheSourceGeneratedReaderReadsWhatTheOptionsRead(string file)
    {
        var stored = File.ReadAllText(Path.Combine(Folder, file));
        var record = new OutsourcingAdvisor.Web.Data.AssessmentRecord
        {
            Id = "captured", CatalogueVersion = "1-8deb2822", TaskType = "any", Model = "any", Location = "any", ResultJson = stored,
        };
        var byOptions = JsonSerializer.Deserialize<AssessmentResponse>(stored, AssessmentStorage.Json)!;
        Assert.Equal(JsonSerializer.Serialize(byOptions, AssessmentStorage.Json), JsonSerializer.Serialize(AssessmentStorage.Read(record), AssessmentStorage.Json));
    }

    [Theory]
    [InlineData("""{"taskType":"customer-support","skillLevel":"basic","monthlyBudget":4000,"location":"any","coverage":"24x7"}""")]
    [InlineData("""{"taskType":"contract-review","skillLevel":"expert","monthlyBudget":90000,"location":"onshore","engagement":"ongoing","dataSensitivity":"high","onSiteRequired":true}""")]
    [InlineData("""{"taskType":"software-development","skillLevel":"specialist","monthlyBudget":20000,"totalBudget":60000,"location":"nearshore","engagement":"one-off","businessCountry":"GB","currency":"GBP","clientName":"Acme \u2013 “Ltd”"}""")]
    [InlineData("""{"taskType":"data-entry","skillLevel":"basic","monthlyBudget":300,"location":"offshore","volume":5000,"businessCountry":"IN","timeZoneOverlap":"full"}""")]
    public async Task FreshResultsAreWrittenAsTheOptionsWriteThem(string answers)
    {
        using var factory = new AdvisorFactory();
        var client = factory.CreatePlainClient();
        var response = await client.PostAsync("/api/assessments", new StringContent(answers, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, Encoding.UTF8.GetString(body));
        var read = JsonSerializer.Deserialize<AssessmentResponse>(body, AssessmentStorage.Json)!;
        Assert.Equal(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(read, AssessmentStorage.Json)), body);
        Assert.Equal(body, AssessmentStorage.Utf8Of(read));
        // And the stored copy is the same bytes.
        Assert.Equal(body, await client.GetByteArrayAsync(response.Headers.Location));
    }

    /// <summary>
    /// The owner's band examples are written from bytes kept per owner (<c>KeptBandsConverter</c>): results for
    /// different owners, and the same owner again after another, each get their own bands, written as the options
    /// write them.
    /// </summary>
    [Fact]
    public async Task EachOwnersKeptBandExamplesAreTheirOwn()
    {
        using var factory = new AdvisorFactory();
        var client = factory.CreatePlainClient();
        async Task<(byte[] Body, string Bands)> Post(string country)
        {
            var answers = $$"""{"taskType":"customer-support","skillLevel":"basic","monthlyBudget":4000,"location":"any","businessCountry":"{{country}}"}""";
            var response = await client.PostAsync("/api/assessments", new StringContent(answers, Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, Encoding.UTF8.GetString(body));
            var read = JsonSerializer.Deserialize<AssessmentResponse>(body, AssessmentStorage.Json)!;
            Assert.Equal(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(read, AssessmentStorage.Json)), body);
            return (body, JsonNode.Parse(body)!["owner"]!["bands"]!.ToJsonString());
        }

        var britain = await Post("GB");
        var india = await Post("IN");
        var britainAgain = await Post("GB");

        Assert.NotEqual(britain.Bands, india.Bands);
        Assert.Equal(britain.Bands, britainAgain.Bands);
        Assert.Contains("\"IN\"", britain.Bands);
        Assert.NotEqual(britain.Body, britainAgain.Body);
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
