namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>
/// The rules every catalogue entry must meet, whether it comes from seed-data/ or from an admin's edit.
/// Each problem is reported as (field, message) so the caller can say which file and entry it was in.
/// </summary>
public static class CatalogueRules
{
    public const int MaxNameLength = 120;
    public const int MaxTextLength = 2000;

    public static IEnumerable<(string Field, string Message)> CheckPrice(
        PriceRange price, string field, Func<string, bool> sourceExists, Func<string, bool> categoryExists)
    {
        if (price.Min < 0) yield return ($"{field}.min", "must not be negative");
        if (price.Max < 0) yield return ($"{field}.max", "must not be negative");
        if (price.Min > price.Max) yield return ($"{field}.min", $"is {price.Min}, above max {price.Max}");
        if (!PriceUnits.All.Contains(price.Unit))
            yield return ($"{field}.unit", $"'{price.Unit}' is not one of {string.Join(", ", PriceUnits.All)}");
        if (price.Unit == PriceUnits.PercentBelowInHouse && price.Max > 100)
            yield return ($"{field}.max", "a percentage cannot be above 100");
        if (price.Currency != "USD") yield return ($"{field}.currency", $"'{price.Currency}' is not USD");
        if (!Provenances.All.Contains(price.Provenance))
            yield return ($"{field}.provenance", $"'{price.Provenance}' is not one of {string.Join(", ", Provenances.All)}");
        if (price.Provenance == Provenances.Derived)
        {
            if (string.IsNullOrWhiteSpace(price.DerivedFrom))
                yield return ($"{field}.derivedFrom", "a derived range must name the category it comes from");
            else if (!categoryExists(price.DerivedFrom))
                yield return ($"{field}.derivedFrom", $"'{price.DerivedFrom}' is not a category slug");
            if (string.IsNullOrWhiteSpace(price.Note))
                yield return ($"{field}.note", "a derived range must say how it was worked out");
        }
        if (price.Sources.Count == 0 && price.Provenance != Provenances.Derived)
            yield return ($"{field}.sources", "must name at least one source");
        foreach (var id in price.Sources.Where(id => !sourceExists(id)))
            yield return ($"{field}.sources", $"'{id}' is not a known source id");
    }

    public static IEnumerable<(string Field, string Message)> CheckLocation(LocationProfile l, Func<string, bool> sourceExists)
    {
        if (!LocationKeys.All.Contains(l.Key)) yield return ("key", $"'{l.Key}' is not one of {string.Join(", ", LocationKeys.All)}");
        if (l.CostFactor.Min <= 0) yield return ("costFactor.min", "must be above 0");
        if (l.CostFactor.Min > l.CostFactor.Max) yield return ("costFactor.min", $"is {l.CostFactor.Min}, above max {l.CostFactor.Max}");
        if (l.CostFactor.Max > 5) yield return ("costFactor.max", "must be at most 5 times the onshore cost");
        if (l.TimeZoneGapHours.Min < 0 || l.TimeZoneGapHours.Max > 24) yield return ("timeZoneGapHours", "must lie between 0 and 24");
        if (l.TimeZoneGapHours.Min > l.TimeZoneGapHours.Max) yield return ("timeZoneGapHours.min", $"is {l.TimeZoneGapHours.Min}, above max {l.TimeZoneGapHours.Max}");
        if (l.OverlapHours.Min < 0 || l.OverlapHours.Max > 24) yield return ("overlapHours", "must lie between 0 and 24");
        if (l.OverlapHours.Min > l.OverlapHours.Max) yield return ("overlapHours.min", $"is {l.OverlapHours.Min}, above max {l.OverlapHours.Max}");
        foreach (var (list, name) in new[] { (l.CostFactor.Sources, "costFactor.sources"), (l.TimeZoneGapHours.Sources, "timeZoneGapHours.sources"), (l.Sources, "sources") })
        {
            if (list.Count == 0) yield return (name, "must name at least one source");
            foreach (var id in list.Where(id => !sourceExists(id))) yield return (name, $"'{id}' is not a known source id");
        }
        foreach (var (notes, name) in new[] { (l.Strengths, "strengths"), (l.Risks, "risks") })
            foreach (var n in notes.Where(n => !sourceExists(n.Source)))
                yield return (name, $"'{n.Source}' is not a known source id");
    }

    public static IEnumerable<(string Field, string Message)> CheckPreset(WeightPreset p, IReadOnlyCollection<string> criteria)
    {
        foreach (var (criterion, weight) in p.Weights)
        {
            if (!criteria.Contains(criterion)) yield return ($"weights.{criterion}", "is not a criterion the engine knows");
            if (weight < 0 || weight > 5 || double.IsNaN(weight)) yield return ($"weights.{criterion}", $"is {weight}; a weight lies between 0 and 5");
        }
    }
}
