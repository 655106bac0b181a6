using System.Text.Json;
using System.Text.Json.Nodes;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using OutsourcingAdvisor.Domain.Scoring;
using static OutsourcingAdvisor.Domain.Tests.TestCatalogue;

namespace OutsourcingAdvisor.Domain.Tests.Engine;

/// <summary>The bands the engine ranks, their number and their order are the catalogue's, read from locations.json.</summary>
public sealed class LocationBandsFromDataTests
{
    private static readonly AssessmentAnswers CallCentre = Answers() with
    {
        Coverage = Coverage.AroundTheClock, CustomerFacing = true, Scope = WorkScope.WholeProcess, Goal = Goal.CutCosts,
    };

    [Fact]
    public void TheCatalogueOffersTheBandsOfTheSeedFileInItsOrder()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedDirectory, "locations.json")))!;
        var keys = file["locations"]!.AsArray().Select(l => l!["key"]!.GetValue<string>()).ToList();
        Assert.Equal(keys, Real.Bands.Select(OptionNames.Name));
    }

    [Fact]
    public void ASeedFileWithoutNearshoreIsScoredOnTheTwoBandsItLists()
    {
        var catalogue = ReadSeedWith(locations => locations.Where(l => l!["key"]!.GetValue<string>() != "nearshore"));

        var r = ScoringEngine.Assess(CallCentre with { Location = PreferredLocation.Nearshore }, catalogue);

        Assert.Equal([LocationOption.Onshore, LocationOption.Offshore], r.Locations.Select(l => l.Location).Order());
        Assert.DoesNotContain(r.WhatIf, w => w.Location == LocationOption.Nearshore);
        Assert.Contains("offers no nearshore", r.PreferenceNote);
    }

    [Fact]
    public void BandsListedInAnotherOrderKeepTheirScores()
    {
        var reversed = ReadSeedWith(locations => locations.Reverse());
        Assert.Equal([LocationOption.Offshore, LocationOption.Nearshore, LocationOption.Onshore], reversed.Bands);

        var fromReal = ScoringEngine.Assess(CallCentre, Real);
        var fromReversed = ScoringEngine.Assess(CallCentre, reversed);

        Assert.Equal(fromReal.Recommendation, fromReversed.Recommendation);
        foreach (var band in Real.Bands)
            Assert.Equal(fromReal.Locations.Single(l => l.Location == band), fromReversed.Locations.Single(l => l.Location == band), LocationScoreComparer.Instance);
    }

    [Fact]
    public void TiedBandsRankInTheSeedFileOrder()
    {
        var reversed = ReadSeedWith(locations => locations.Reverse());
        // A preset that weighs every criterion at 0 leaves every band on the same score.
        var silent = new WeightPreset { Name = "silent", Description = "no criterion counts", Weights = ScoringEngine.CriterionIds.ToDictionary(id => id, _ => 0.0) };
        var catalogue = new AdvisorCatalogue("tied", reversed.Document with { Presets = [.. reversed.Presets, silent] });

        var r = ScoringEngine.Assess(CallCentre with { Preset = "silent" }, catalogue);

        Assert.Single(r.Locations.Select(l => l.Score).Distinct());
        Assert.Equal([LocationOption.Offshore, LocationOption.Nearshore, LocationOption.Onshore], r.Locations.Select(l => l.Location));
        Assert.Equal(LocationOption.Offshore, r.Recommendation.Location);
    }

    private sealed class LocationScoreComparer : IEqualityComparer<LocationScore>
    {
        public static readonly LocationScoreComparer Instance = new();
        public bool Equals(LocationScore? x, LocationScore? y) =>
            x!.Location == y!.Location && x.Score == y.Score && x.Excluded == y.Excluded && x.MonthlyCost == y.MonthlyCost
            && x.Reasons.SequenceEqual(y.Reasons) && x.Exclusions.SequenceEqual(y.Exclusions);
        public int GetHashCode(LocationScore obj) => obj.Location.GetHashCode();
    }

    [Fact]
    public void TheLocationQuestionOffersNoPreferenceAndTheBandsTheCatalogueListsWithTheirNamesAndHints()
    {
        var twoBands = ReadSeedWith(locations => locations.Where(l => l!["key"]!.GetValue<string>() != "nearshore"));
        var q = Questions.Location;

        Assert.Equal(["any", "onshore", "nearshore", "offshore"], q.ChoicesIn(Real).Select(c => c.Value));
        Assert.Equal(["any", "onshore", "offshore"], q.ChoicesIn(twoBands).Select(c => c.Value));
        Assert.Equal(["No preference", .. twoBands.Locations.Select(l => l.Name)], q.ChoicesIn(twoBands).Select(c => c.Label));
        Assert.Equal(["Let the advice decide.", .. twoBands.Locations.Select(l => l.Hint)], q.ChoicesIn(twoBands).Select(c => c.Hint));
        Assert.All(Real.Locations, l => Assert.False(string.IsNullOrWhiteSpace(l.Hint)));
        // What-if tries only what the catalogue offers.
        Assert.Equal(["any", "offshore"], q.WhatIfValues(CallCentre with { Location = PreferredLocation.Onshore }, twoBands));
        Assert.Equal("Offshore", q.Display("offshore", twoBands));
        // Without a catalogue the wire vocabulary is checked; the validator then checks the catalogue offers the band.
        Assert.Equal(Wire.NamesOf<PreferredLocation>(), q.WireValues);
        Assert.Null(q.Problem("nearshore"));
        Assert.Equal("Choose a location from the list: any, onshore, nearshore, offshore.", q.Problem("moonshore"));
    }

    [Fact]
    public void ABandNotInTheListIsRefusedByTheSeedReader()
    {
        var error = Assert.Throws<SeedDataException>(() => ReadSeedWith(locations =>
            locations.Select(l => { var c = l!.DeepClone(); c["key"] = "moonshore"; return c; }).Take(1)));
        Assert.Contains("moonshore", error.Message);
    }

    private static AdvisorCatalogue ReadSeedWith(Func<IEnumerable<JsonNode?>, IEnumerable<JsonNode?>> change)
    {
        var dir = Directory.CreateTempSubdirectory("bands-");
        try
        {
            foreach (var f in Directory.GetFiles(SeedDirectory, "*.json")) File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            var path = Path.Combine(dir.FullName, "locations.json");
            var file = JsonNode.Parse(File.ReadAllText(path))!;
            file["locations"] = new JsonArray([.. change(file["locations"]!.AsArray()).Select(l => l!.DeepClone())]);
            File.WriteAllText(path, file.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return SeedReader.Read(dir.FullName).ToCatalogue("bands-test");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
