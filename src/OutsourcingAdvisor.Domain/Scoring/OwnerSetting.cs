using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>
/// The owner's location as the engine sees it: their country (the US when none was given, and the result says
/// so), bands relative to it on the assessment date, and the onshore price level. Worked out once per
/// catalogue, owner, date and the few answers the example ranking reads, since what-if re-runs share them.
/// </summary>
public static class OwnerSetting
{
    // An entry keeps about 47 KB (every country of every band, with its reasons), and one assessment with its
    // what-if re-runs uses 4 of them: 256 entries (about 12 MB) serve 64 owners at once. It was 4096 (about 190 MB,
    // more than the app's 128 MB heap) before that was measured.
    internal const int MaxCachedPerCatalogue = 256;

    // A value key: what-if re-runs look the owner up twice each, and a key allocated per lookup showed in the profile.
    private readonly record struct Key(string Country, string Zone, DateOnly Date, bool Assumed, bool RegulatedData, bool CuttingCosts, bool CustomerFacing);

    private static readonly ConditionalWeakTable<AdvisorCatalogue, ConcurrentDictionary<Key, OwnerBands>> Cache = new();

    /// <summary>
    /// The bands ranked without the answers that only reorder examples (goal, data, customer contact): what the
    /// working-hours criterion judges a band by, so changing the goal in a what-if cannot move a band's hours.
    /// </summary>
    public static OwnerBands? Neutral(AssessmentAnswers a, AdvisorCatalogue catalogue) => Find(a, catalogue, neutral: true);

    /// <summary>Null when the catalogue has no country table (the fixed band figures then stand).</summary>
    public static OwnerBands? For(AssessmentAnswers a, AdvisorCatalogue catalogue) => Find(a, catalogue, neutral: false);

    private static OwnerBands? Find(AssessmentAnswers a, AdvisorCatalogue catalogue, bool neutral)
    {
        if (catalogue.Countries is not { } table) return null;
        var assumed = a.BusinessCountry is null;
        var country = table.Find(a.BusinessCountry ?? table.WageRatio.BaseCountry)
            ?? throw new ArgumentException($"Unknown business country '{a.BusinessCountry}'.", nameof(a));
        var zone = a.BusinessTimeZone ?? country.MainTimeZone;
        // Neutral: as if goal, data sensitivity and customer contact were not answered.
        var key = new Key(country.Code, zone, a.AssessedOn ?? ScoringEngine.ReferenceDate, assumed,
            !neutral && a.DataSensitivity == DataSensitivity.High, !neutral && a.Goal == Goal.CutCosts, !neutral && a.CustomerFacing == true);
        var cache = Cache.GetValue(catalogue, _ => new ConcurrentDictionary<Key, OwnerBands>());
        return cache.TryGetValue(key, out var known) ? known : Add(cache, key, country, table, catalogue);
    }

    /// <summary>How many owners are kept for this catalogue (for tests).</summary>
    internal static int CachedCount(AdvisorCatalogue catalogue) => Cache.TryGetValue(catalogue, out var cache) ? cache.Count : 0;

    // Apart from the lookup, so a hit allocates no closure for the builder.
    private static OwnerBands Add(ConcurrentDictionary<Key, OwnerBands> cache, Key key, Country country, CountryTable table, AdvisorCatalogue catalogue)
    {
        // A long-running server sees a new date every day: keep the cache bounded rather than growing for ever.
        if (cache.Count >= MaxCachedPerCatalogue) cache.Clear();
        return cache.GetOrAdd(key, k => OwnerBandsBuilder.Build(new OwnerLocation(country, k.Zone), k.Date, k.Assumed,
            new OwnerWork(k.RegulatedData, k.CuttingCosts, k.CustomerFacing), table, catalogue.Bands, band => catalogue.Location(band).CostFactor.Max));
    }
}
