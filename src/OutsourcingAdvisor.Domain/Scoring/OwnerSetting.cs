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
    private const int MaxCachedPerCatalogue = 4096;

    private sealed record Key(string Country, string Zone, DateOnly Date, bool Assumed, OwnerWork Work);

    private static readonly ConditionalWeakTable<AdvisorCatalogue, ConcurrentDictionary<Key, OwnerBands>> Cache = new();

    /// <summary>
    /// The bands ranked without the answers that only reorder examples (goal, data, customer contact): what the
    /// working-hours criterion judges a band by, so changing the goal in a what-if cannot move a band's hours.
    /// </summary>
    public static OwnerBands? Neutral(AssessmentAnswers a, AdvisorCatalogue catalogue) =>
        For(a with { Goal = null, DataSensitivity = null, CustomerFacing = null }, catalogue);

    /// <summary>Null when the catalogue has no country table (the fixed band figures then stand).</summary>
    public static OwnerBands? For(AssessmentAnswers a, AdvisorCatalogue catalogue)
    {
        if (catalogue.Countries is not { } table) return null;
        var assumed = a.BusinessCountry is null;
        var country = table.Find(a.BusinessCountry ?? table.WageRatio.BaseCountry)
            ?? throw new ArgumentException($"Unknown business country '{a.BusinessCountry}'.", nameof(a));
        var zone = a.BusinessTimeZone ?? country.MainTimeZone;
        var work = new OwnerWork(a.DataSensitivity == DataSensitivity.High, a.Goal == Goal.CutCosts, a.CustomerFacing == true);
        var key = new Key(country.Code, zone, a.AssessedOn ?? ScoringEngine.ReferenceDate, assumed, work);
        var cache = Cache.GetValue(catalogue, _ => new ConcurrentDictionary<Key, OwnerBands>());
        if (cache.TryGetValue(key, out var known)) return known;
        // A long-running server sees a new date every day: keep the cache bounded rather than growing for ever.
        if (cache.Count >= MaxCachedPerCatalogue) cache.Clear();
        return cache.GetOrAdd(key, k => OwnerBandsBuilder.Build(new OwnerLocation(country, k.Zone), k.Date, k.Assumed, k.Work, table, catalogue.Bands,
            band => catalogue.Location(band).CostFactor.Max));
    }
}
