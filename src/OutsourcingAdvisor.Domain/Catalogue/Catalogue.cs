namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>One version of everything the engine reads: categories, prices, locations, sources, weights.</summary>
public sealed class AdvisorCatalogue
{
    private readonly Dictionary<string, ServiceCategory> _bySlug;
    private readonly Dictionary<string, Source> _sources;
    // Index of each band in Locations by enum value, -1 where the catalogue does not offer it.
    private readonly int[] _bandIndex;
    private readonly Dictionary<string, WeightPreset> _presets;

    public AdvisorCatalogue(string version, CatalogueDocument document)
    {
        Version = version;
        Document = CatalogueDocument.Canonical(document);
        _bySlug = Categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        _sources = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        if (Locations.Count == 0 || Locations.Select(l => l.Key).Distinct().Count() != Locations.Count)
            throw new ArgumentException("The catalogue needs at least one location band, each listed once.", nameof(document));
        _bandIndex = new int[Enum.GetValues<Scoring.LocationOption>().Max(b => (int)b) + 1];
        Array.Fill(_bandIndex, -1);
        for (var i = 0; i < Locations.Count; i++) _bandIndex[(int)Locations[i].Key] = i;
        Bands = [.. Locations.Select(l => l.Key)];
        _presets = Presets.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The version this is (what reports and the API name it by).</summary>
    public string Version { get; }

    /// <summary>The content, as stored: what an admin edit makes its next version from.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CatalogueDocument Document { get; }

    public IReadOnlyList<Source> Sources => Document.Sources;
    public IReadOnlyList<ServiceCategory> Categories => Document.Categories;
    public IReadOnlyList<LocationProfile> Locations => Document.Locations;
    public IReadOnlyList<MarketFact> MarketFacts => Document.MarketFacts;
    public IReadOnlyList<WeightPreset> Presets => Document.Presets;
    public ScoringThresholds Thresholds => Document.Thresholds;
    public string DefaultPreset => Document.DefaultPreset;

    /// <summary>Provider prices per trade unit and band, wages and loaded cost; null for a catalogue stored before they existed.</summary>
    public Costs.CostBook? Costs => Document.Costs;
    /// <summary>The country table (countries.json); null in a version made before it existed, where the fixed band figures stand.</summary>
    public Countries.CountryTable? Countries => Document.Countries;

    /// <summary>Strengths and risks of a model, or null where this catalogue holds none (one stored before they were data).</summary>
    public ModelProfile? FindModel(Scoring.ModelOption model) => Document.Models.FirstOrDefault(m => m.Key == model);

    public ServiceCategory? FindCategory(string? slug) =>
        slug is not null && _bySlug.TryGetValue(slug, out var c) ? c : null;

    /// <summary>The category an assessment is about: a listed one, or <see cref="ServiceCategory.NotListed"/>.</summary>
    public ServiceCategory? CategoryFor(string? taskType) =>
        taskType == ServiceCategory.NotListed.Slug ? ServiceCategory.NotListed : FindCategory(taskType);

    public Source? FindSource(string? id) => id is not null && _sources.TryGetValue(id, out var s) ? s : null;

    /// <summary>The bands this catalogue offers, in its order: position i of every per-band array the engine keeps.</summary>
    public IReadOnlyList<Scoring.LocationOption> Bands { get; }

    /// <summary>Where the band sits in <see cref="Bands"/>, or -1 when the catalogue does not offer it.</summary>
    public int IndexOf(Scoring.LocationOption band) => (int)band < _bandIndex.Length ? _bandIndex[(int)band] : -1;

    public bool Offers(Scoring.LocationOption band) => IndexOf(band) >= 0;

    /// <summary>The profile of a band the catalogue offers (see <see cref="Offers"/>).</summary>
    public LocationProfile Location(Scoring.LocationOption band) =>
        IndexOf(band) is var i and >= 0 ? Locations[i] : throw new KeyNotFoundException($"The catalogue offers no {Assessment.Wire.Name(band)} band.");

    public WeightPreset? FindPreset(string? name) =>
        name is not null && _presets.TryGetValue(name, out var p) ? p : null;
}
