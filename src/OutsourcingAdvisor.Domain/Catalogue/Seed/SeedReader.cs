using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Catalogue.Seed;

/// <summary>Everything in seed-data/, read and checked, plus a hash of the files' bytes.</summary>
public sealed record SeedContent(string ContentHash, CatalogueDocument Document);

/// <summary>
/// Reads the seed files and checks every rule before anything touches the database. The first problem found
/// stops the read with a <see cref="SeedDataException"/> naming the file, the entry and the field.
/// </summary>
public static class SeedReader
{
    public static readonly string[] Files = ["sources.json", "categories.json", "locations.json", "models.json", "market-facts.json", "weights.json", CostReader.File, Countries.CountrySeedReader.File];

    private static readonly string[] SkillLevels = ["basic", "intermediate", "specialist", "expert"];
    private static readonly string[] Topics = ["market", "risk"];

    /// <summary>Only the hash: cheap enough to run at every start to see whether anything changed.</summary>
    public static string HashOf(string directory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in Files)
        {
            var path = Path.Combine(directory, name);
            if (!System.IO.File.Exists(path)) throw new SeedDataException(name, null, null, $"the file is missing (looked in {directory})");
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            sha.AppendData(System.IO.File.ReadAllBytes(path));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static SeedContent Read(string directory)
    {
        var hash = HashOf(directory);

        var sources = Entries(directory, "sources.json", "sources", "id").Select(ReadSource).ToList();
        Unique(sources, s => s.Id, "sources.json", "id");
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var categoryEntries = Entries(directory, "categories.json", "categories", "slug").ToList();
        var categories = categoryEntries.Select(e => (Entry: e, Category: ReadCategory(e))).ToList();
        Unique(categories.Select(c => c.Category).ToList(), c => c.Slug, "categories.json", "slug");
        var slugs = categories.Select(c => c.Category.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var (entry, category) in categories) CheckCategory(entry, category, sourceIds, slugs);

        var locationEntries = Entries(directory, "locations.json", "locations", "key").ToList();
        var locations = locationEntries.Select(e => (Entry: e, Location: ReadLocation(e))).ToList();
        Unique(locations.Select(l => l.Location).ToList(), l => Assessment.Wire.Name(l.Key), "locations.json", "key");
        foreach (var (entry, location) in locations)
            foreach (var (field, message) in CatalogueRules.CheckLocation(location, sourceIds.Contains))
                throw entry.Fail(field, message);
        if (locations.Count == 0)
            throw new SeedDataException("locations.json", null, "locations", "the file lists no location band");

        var modelEntries = Entries(directory, "models.json", "models", "key").ToList();
        var models = modelEntries.Select(e => (Entry: e, Model: ReadModel(e))).ToList();
        Unique(models.Select(m => m.Model).ToList(), m => Assessment.Wire.Name(m.Key), "models.json", "key");
        foreach (var (entry, model) in models)
            foreach (var (field, message) in CatalogueRules.CheckModel(model, sourceIds.Contains))
                throw entry.Fail(field, message);
        // The engine can recommend every model, so each needs its strengths and risks.
        foreach (var missing in Enum.GetValues<Scoring.ModelOption>().Where(o => models.All(m => m.Model.Key != o)))
            throw new SeedDataException("models.json", null, "models", $"the file gives no entry for '{Assessment.Wire.Name(missing)}'");

        var facts = Entries(directory, "market-facts.json", "marketFacts", "id").Select(e => ReadFact(e, sourceIds)).ToList();
        Unique(facts, f => f.Id, "market-facts.json", "id");

        var (presets, thresholds, defaultPreset) = ReadWeights(directory, sourceIds);

        var costs = CostReader.Read(new SeedEntry(CostReader.File, "(top level)", Parse(directory, CostReader.File)), sourceIds, slugs,
            // A price may name any band there is; one for a band this catalogue does not list is simply never asked for.
            Enum.GetValues<LocationOption>().Select(b => Wire.Name(b)).ToHashSet(StringComparer.Ordinal));
        var countries = Countries.CountrySeedReader.Read(directory, sourceIds.Contains);

        return new SeedContent(hash, CatalogueDocument.Canonical(new CatalogueDocument
        {
            Sources = sources, Categories = [.. categories.Select(c => c.Category)], Locations = [.. locations.Select(l => l.Location)],
            Models = [.. models.Select(m => m.Model)],
            MarketFacts = facts, Presets = presets, Thresholds = thresholds, DefaultPreset = defaultPreset, Costs = costs, Countries = countries,
        }));
    }

    private static T? Optional<T>(SeedEntry e, string field) where T : struct, Enum
    {
        if (e.OptionalString(field) is not { } text) return null;
        return Assessment.Wire.Parse<T>(text) ?? throw e.Fail(field, $"'{text}' is not one of {string.Join(", ", Assessment.Wire.NamesOf<T>())}");
    }

    private static T Required<T>(SeedEntry e, string field) where T : struct, Enum
    {
        var text = e.String(field);
        return Assessment.Wire.Parse<T>(text) ?? throw e.Fail(field, $"'{text}' is not one of {string.Join(", ", Assessment.Wire.NamesOf<T>())}");
    }

    private static IEnumerable<SeedEntry> Entries(string directory, string file, string listField, string keyField)
    {
        var root = Parse(directory, file);
        if (!root.TryGetProperty(listField, out var list) || list.ValueKind != JsonValueKind.Array)
            throw new SeedDataException(file, null, listField, "the top-level list is missing");
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            i++;
            if (item.ValueKind != JsonValueKind.Object)
                throw new SeedDataException(file, $"#{i}", null, $"must be an object, not {SeedEntry.Kind(item)}");
            var key = item.TryGetProperty(keyField, out var k) && k.ValueKind == JsonValueKind.String ? $"'{k.GetString()}' (#{i})" : $"#{i}";
            yield return new SeedEntry(file, key, item);
        }
    }

    private static JsonElement Parse(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        try
        {
            using var doc = JsonDocument.Parse(System.IO.File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new SeedDataException(file, null, null, "the file must hold one JSON object");
            return doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new SeedDataException(file, null, null, $"malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}");
        }
        catch (FileNotFoundException)
        {
            throw new SeedDataException(file, null, null, $"the file is missing (looked in {directory})");
        }
    }

    private static void Unique<T>(IReadOnlyList<T> items, Func<T, string> key, string file, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
            if (!seen.Add(key(items[i])))
                throw new SeedDataException(file, $"'{key(items[i])}' (#{i + 1})", field, $"'{key(items[i])}' appears more than once");
    }

    private static Source ReadSource(SeedEntry e)
    {
        var kind = e.String("kind");
        if (!SourceKinds.All.Contains(kind)) throw e.Fail("kind", $"'{kind}' is not one of {string.Join(", ", SourceKinds.All)}");
        var source = new Source
        {
            Id = e.String("id"),
            Kind = kind,
            Title = e.String("title"),
            Publisher = e.OptionalString("publisher"),
            Year = e.OptionalInt("year"),
            File = e.OptionalString("file"),
            Url = e.OptionalString("url"),
            Note = e.OptionalString("note"),
        };
        // Some pages were only ever served over http (the catalogue keeps them as read); anything else is refused.
        if (source.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)))
            throw e.Fail("url", $"'{url}' is not a web address");
        if (kind == SourceKinds.Document && source.File is null) throw e.Fail("file", "a document must name its file");
        if (kind == SourceKinds.Reference && source.Publisher is null) throw e.Fail("publisher", "a reference must name who published it");
        return source;
    }

    private static ServiceCategory ReadCategory(SeedEntry e)
    {
        var slug = e.String("slug");
        if (!IsKebab(slug)) throw e.Fail("slug", $"'{slug}' is not lower-case kebab-case");
        var skill = e.String("skillLevel");
        if (!SkillLevels.Contains(skill)) throw e.Fail("skillLevel", $"'{skill}' is not one of {string.Join(", ", SkillLevels)}");
        var models = e.Strings("models");
        if (models.Count == 0) throw e.Fail("models", "must name at least one model");
        foreach (var m in models.Where(m => !CategoryModels.All.Contains(m)))
            throw e.Fail("models", $"'{m}' is not one of {string.Join(", ", CategoryModels.All)}");
        var specialization = Optional<Specialization>(e, "specialization");
        var office = Optional<Office>(e, "office");
        var name = e.String("name");
        if (name.Length > CatalogueRules.MaxNameLength) throw e.Fail("name", $"is longer than {CatalogueRules.MaxNameLength} characters");
        var description = e.String("description");
        if (description.Length > CatalogueRules.MaxTextLength) throw e.Fail("description", $"is longer than {CatalogueRules.MaxTextLength} characters");
        return new ServiceCategory
        {
            Slug = slug,
            Name = name,
            Description = description,
            Models = models,
            Specialization = specialization,
            Office = office,
            SkillLevel = skill,
            Sources = e.Strings("sources"),
            Price = ReadPrice(e.OptionalObject("price")),
            InHouseWage = ReadPrice(e.OptionalObject("inHouseWage")),
            ExcludedModels = !e.Has("excludedModels") ? [] :
                [.. e.Objects("excludedModels").Select(x => new ModelExclusion(x.String("model"), x.String("reason"), x.String("source")))],
        };
    }

    private static PriceRange? ReadPrice(SeedEntry? p) => p is null
        ? null
        : new PriceRange
        {
            Min = p.Decimal("min"),
            Max = p.Decimal("max"),
            Unit = Required<PriceUnit>(p, "unit"),
            Currency = p.OptionalString("currency") ?? "USD",
            Provenance = Required<Provenance>(p, "provenance"),
            Sources = p.Strings("sources", required: false),
            DerivedFrom = p.OptionalString("derivedFrom"),
            Note = p.OptionalString("note"),
        };

    private static void CheckCategory(SeedEntry e, ServiceCategory c, HashSet<string> sources, HashSet<string> slugs)
    {
        if (c.Sources.Count == 0) throw e.Fail("sources", "must name at least one source");
        foreach (var id in c.Sources.Where(id => !sources.Contains(id))) throw e.Fail("sources", $"'{id}' is not a known source id");
        foreach (var (price, field) in new[] { (c.Price, "price"), (c.InHouseWage, "inHouseWage") })
        {
            if (price is null) continue;
            foreach (var (f, message) in CatalogueRules.CheckPrice(price, field, sources.Contains, slugs.Contains))
                throw e.Fail(f, message);
        }
        if (c.InHouseWage is { Unit: not PriceUnit.Hour }) throw e.Fail("inHouseWage.unit", "an in-house wage is per hour");
        foreach (var x in c.ExcludedModels)
        {
            if (Assessment.Wire.Parse<Scoring.ModelOption>(x.Model) is null) throw e.Fail("excludedModels.model", $"'{x.Model}' is not one of {string.Join(", ", Scoring.OptionNames.Models.Select(Assessment.Wire.Name))}");
            if (!sources.Contains(x.Source)) throw e.Fail("excludedModels.source", $"'{x.Source}' is not a known source id");
        }
    }

    private static LocationProfile ReadLocation(SeedEntry e)
    {
        var cost = e.Object("costFactor");
        var gap = e.Object("timeZoneGapHours");
        var overlap = e.Object("overlapHours");
        return new LocationProfile
        {
            Key = Assessment.Wire.Parse<Scoring.LocationOption>(e.String("key"))
                ?? throw e.Fail("key", $"'{e.String("key")}' is not one of {string.Join(", ", Assessment.Wire.NamesOf<Scoring.LocationOption>())}"),
            Name = e.String("name"),
            Description = e.String("description"),
            Hint = e.OptionalString("hint"),
            CostFactor = new() { Min = cost.Decimal("min"), Max = cost.Decimal("max"), Sources = cost.Strings("sources"), Note = cost.OptionalString("note") },
            TimeZoneGapHours = new() { Min = gap.Int("min"), Max = gap.Int("max"), Sources = gap.Strings("sources"), Note = gap.OptionalString("note") },
            OverlapHours = new() { Min = overlap.Int("min"), Max = overlap.Int("max") },
            Strengths = [.. e.Objects("strengths").Select(ReadNote)],
            Risks = [.. e.Objects("risks").Select(ReadNote)],
            Sources = e.Strings("sources"),
        };
    }

    private static ModelProfile ReadModel(SeedEntry e) => new()
    {
        Key = Assessment.Wire.Parse<Scoring.ModelOption>(e.String("key"))
            ?? throw e.Fail("key", $"'{e.String("key")}' is not one of {string.Join(", ", Assessment.Wire.NamesOf<Scoring.ModelOption>())}"),
        Strengths = [.. e.Objects("strengths").Select(ReadNote)],
        Risks = [.. e.Objects("risks").Select(ReadNote)],
    };

    private static SourcedNote ReadNote(SeedEntry n)
    {
        var when = n.Strings("when", required: false);
        foreach (var w in when.Where(w => !NoteConditions.All.Contains(w)))
            throw n.Fail("when", $"'{w}' is not one of {string.Join(", ", NoteConditions.All)}");
        return new() { Text = n.String("text"), Source = n.String("source"), When = when };
    }

    private static MarketFact ReadFact(SeedEntry e, HashSet<string> sources)
    {
        var topic = e.String("topic");
        if (!Topics.Contains(topic)) throw e.Fail("topic", $"'{topic}' is not one of {string.Join(", ", Topics)}");
        var fact = new MarketFact
        {
            Id = e.String("id"),
            Topic = topic,
            Text = e.String("text"),
            Value = e.OptionalDecimal("value"),
            Unit = e.OptionalString("unit"),
            Year = e.OptionalInt("year"),
            Source = e.String("source"),
            Doubtful = e.Bool("doubtful", false),
            DoubtReason = e.OptionalString("doubtReason"),
        };
        if (!sources.Contains(fact.Source)) throw e.Fail("source", $"'{fact.Source}' is not a known source id");
        if (fact.Doubtful && fact.DoubtReason is null) throw e.Fail("doubtReason", "a doubtful figure must say why it is doubted");
        return fact;
    }

    private static (List<WeightPreset>, ScoringThresholds, string) ReadWeights(string directory, HashSet<string> sources)
    {
        const string file = "weights.json";
        var root = new SeedEntry(file, "(top level)", Parse(directory, file));
        var presets = new List<WeightPreset>();
        foreach (var p in root.Objects("presets"))
        {
            var preset = new WeightPreset { Name = p.String("name"), Description = p.String("description"), Weights = p.Numbers("weights") };
            var entry = new SeedEntry(file, $"preset '{preset.Name}'", default);
            foreach (var (field, message) in CatalogueRules.CheckPreset(preset, ScoringEngine.CriterionIds))
                throw entry.Fail(field, message);
            presets.Add(preset);
        }
        Unique(presets, p => p.Name, file, "presets.name");
        var defaultPreset = root.String("defaultPreset");
        if (presets.All(p => p.Name != defaultPreset)) throw root.Fail("defaultPreset", $"'{defaultPreset}' is not one of the presets");

        var t = root.Object("thresholds");
        var loaded = t.Object("loadedCostFactor");
        var thresholds = new ScoringThresholds
        {
            SlightPoints = t.Double("slightPoints"),
            ModeratePoints = t.Double("moderatePoints"),
            StrongPoints = t.Double("strongPoints"),
            ScoreSpread = t.Double("scoreSpread"),
            TightBudgetPerHour = t.Decimal("tightBudgetPerHour"),
            AmpleBudgetPerHour = t.Decimal("ampleBudgetPerHour"),
            LoadedCostFactorMin = loaded.Decimal("min"),
            LoadedCostFactorMax = loaded.Decimal("max"),
            LoadedCostSources = loaded.Strings("sources"),
            ClearLead = t.Double("clearLead"),
            CloseLead = t.Double("closeLead"),
            WhatIfBudgetFactors = t.Decimals("whatIfBudgetFactors"),
        };
        if (!(thresholds.SlightPoints > 0 && thresholds.SlightPoints <= thresholds.ModeratePoints && thresholds.ModeratePoints <= thresholds.StrongPoints))
            throw t.Fail("slightPoints", "the point sizes must be above 0 and grow from slight to moderate to strong");
        if (thresholds.ScoreSpread <= 0) throw t.Fail("scoreSpread", "must be above 0");
        if (thresholds.TightBudgetPerHour > thresholds.AmpleBudgetPerHour) throw t.Fail("tightBudgetPerHour", "is above ampleBudgetPerHour");
        if (thresholds.LoadedCostFactorMin < 1 || thresholds.LoadedCostFactorMin > thresholds.LoadedCostFactorMax)
            throw t.Fail("loadedCostFactor.min", "must be at least 1 and at most max");
        foreach (var id in thresholds.LoadedCostSources.Where(id => !sources.Contains(id)))
            throw t.Fail("loadedCostFactor.sources", $"'{id}' is not a known source id");
        if (thresholds.WhatIfBudgetFactors.Any(f => f <= 0)) throw t.Fail("whatIfBudgetFactors", "every factor must be above 0");
        foreach (var id in root.Strings("sources").Where(id => !sources.Contains(id)))
            throw root.Fail("sources", $"'{id}' is not a known source id");
        return (presets, thresholds, defaultPreset);
    }

    private static bool IsKebab(string s) =>
        s.Length is > 0 and <= 80 && s.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && s[0] != '-' && s[^1] != '-' && !s.Contains("--");
}

public static class SeedContentExtensions
{
    /// <summary>The seed content as an engine-ready catalogue with the given version label.</summary>
    public static AdvisorCatalogue ToCatalogue(this SeedContent c, string version) =>
        new(version, c.Document);
}
