namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>One version of everything the engine reads: categories, prices, locations, sources, weights.</summary>
public sealed class AdvisorCatalogue
{
    private readonly Dictionary<string, ServiceCategory> _bySlug;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, LocationProfile> _locations;
    private readonly Dictionary<string, WeightPreset> _presets;

    public AdvisorCatalogue(
        string version,
        IEnumerable<Source> sources,
        IEnumerable<ServiceCategory> categories,
        IEnumerable<LocationProfile> locations,
        IEnumerable<MarketFact> marketFacts,
        IEnumerable<WeightPreset> presets,
        ScoringThresholds thresholds,
        string defaultPreset)
    {
        Version = version;
        Sources = [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)];
        Categories = [.. categories.OrderBy(c => c.Slug, StringComparer.Ordinal)];
        Locations = [.. locations.OrderBy(l => Array.IndexOf(LocationKeys.All, l.Key))];
        MarketFacts = [.. marketFacts.OrderBy(f => f.Id, StringComparer.Ordinal)];
        Presets = [.. presets.OrderBy(p => p.Name, StringComparer.Ordinal)];
        Thresholds = thresholds;
        DefaultPreset = defaultPreset;
        _bySlug = Categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        _sources = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _locations = Locations.ToDictionary(l => l.Key, StringComparer.Ordinal);
        if (!LocationKeys.All.SequenceEqual(Locations.Select(l => l.Key)))
            throw new ArgumentException("The catalogue needs exactly the onshore, nearshore and offshore locations.", nameof(locations));
        _presets = Presets.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public string Version { get; }
    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyList<ServiceCategory> Categories { get; }
    public IReadOnlyList<LocationProfile> Locations { get; }
    public IReadOnlyList<MarketFact> MarketFacts { get; }
    public IReadOnlyList<WeightPreset> Presets { get; }
    public ScoringThresholds Thresholds { get; }
    public string DefaultPreset { get; }

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
