namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>One version of everything the engine reads: categories, prices, locations, sources, weights.</summary>
public sealed class AdvisorCatalogue
{
    private readonly Dictionary<string, ServiceCategory> _bySlug;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, LocationProfile> _locations;
    private readonly Dictionary<string, WeightPreset> _presets;

    public AdvisorCatalogue(string version, CatalogueDocument document)
    {
        Version = version;
        Document = CatalogueDocument.Canonical(document);
        _bySlug = Categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        _sources = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _locations = Locations.ToDictionary(l => l.Key, StringComparer.Ordinal);
        if (!LocationKeys.All.SequenceEqual(Locations.Select(l => l.Key)))
            throw new ArgumentException("The catalogue needs exactly the onshore, nearshore and offshore locations.", nameof(document));
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

    public ServiceCategory? FindCategory(string? slug) =>
        slug is not null && _bySlug.TryGetValue(slug, out var c) ? c : null;

    /// <summary>The category an assessment is about: a listed one, or <see cref="ServiceCategory.NotListed"/>.</summary>
    public ServiceCategory? CategoryFor(string? taskType) =>
        taskType == ServiceCategory.NotListed.Slug ? ServiceCategory.NotListed : FindCategory(taskType);

    public Source? FindSource(string? id) => id is not null && _sources.TryGetValue(id, out var s) ? s : null;

    public LocationProfile Location(string key) => _locations[key];

    /// <summary>The profile for a location option, without a lookup by name (the engine asks often).</summary>
    public LocationProfile Location(Scoring.LocationOption option) => Locations[(int)option];

    public WeightPreset? FindPreset(string? name) =>
        name is not null && _presets.TryGetValue(name, out var p) ? p : null;
}
