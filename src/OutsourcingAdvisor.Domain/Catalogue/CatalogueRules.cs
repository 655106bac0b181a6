namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>
/// The rules every catalogue entry must meet, whether it comes from seed-data/ or from an admin's edit.
/// Each problem is reported as (field, message) so the caller can say which file and entry it was in.
/// </summary>
public static class CatalogueRules
{
    public const int MaxNameLength = 120;
    public const int MaxTextLength = 2000;

    /// <summary>
    /// Ceilings on a price, so that price × 20,000 hours × a cost factor of 5 (the largest answers and figures
    /// allowed) stays far inside decimal's range and estimating a cost can never overflow. They are well above any
    /// real rate: the highest in seed-data/ is 1,500.
    /// </summary>
    public const decimal MaxHourlyPrice = 10_000m;
    public const decimal MaxMonthlyPrice = 10_000_000m;

    public static IEnumerable<(string Field, string Message)> CheckPrice(
        PriceRange price, string field, Func<string, bool> sourceExists, Func<string, bool> categoryExists)
    {
        if (price.Min < 0) yield return ($"{field}.min", "must not be negative");
        if (price.Max < 0) yield return ($"{field}.max", "must not be negative");
        if (price.Min > price.Max) yield return ($"{field}.min", $"is {price.Min}, above max {price.Max}");
        if (!Enum.IsDefined(price.Unit))
            yield return ($"{field}.unit", $"is not one of {string.Join(", ", Assessment.Wire.NamesOf<PriceUnit>())}");
        if (price.Unit == PriceUnit.PercentBelowInHouse && price.Max > 100)
            yield return ($"{field}.max", "a percentage cannot be above 100");
        if (price.Unit == PriceUnit.Hour && price.Max > MaxHourlyPrice)
            yield return ($"{field}.max", $"is {price.Max}; an hourly price is at most {MaxHourlyPrice:0} USD");
        if (price.Unit == PriceUnit.Month && price.Max > MaxMonthlyPrice)
            yield return ($"{field}.max", $"is {price.Max}; a monthly price is at most {MaxMonthlyPrice:0} USD");
        if (price.Currency != "USD") yield return ($"{field}.currency", $"'{price.Currency}' is not USD");
        if (!Enum.IsDefined(price.Provenance))
            yield return ($"{field}.provenance", $"is not one of {string.Join(", ", Assessment.Wire.NamesOf<Provenance>())}");
        if (price.Provenance == Provenance.Derived)
        {
            if (string.IsNullOrWhiteSpace(price.DerivedFrom))
                yield return ($"{field}.derivedFrom", "a derived range must name the category it comes from");
            else if (!categoryExists(price.DerivedFrom))
                yield return ($"{field}.derivedFrom", $"'{price.DerivedFrom}' is not a category slug");
            if (string.IsNullOrWhiteSpace(price.Note))
                yield return ($"{field}.note", "a derived range must say how it was worked out");
        }
        if (price.Sources.Count == 0 && price.Provenance != Provenance.Derived)
            yield return ($"{field}.sources", "must name at least one source");
        foreach (var id in price.Sources.Where(id => !sourceExists(id)))
            yield return ($"{field}.sources", $"'{id}' is not a known source id");
    }

    public static IEnumerable<(string Field, string Message)> CheckLocation(LocationProfile l, Func<string, bool> sourceExists)
    {
        if (l.Name.Length > MaxNameLength) yield return ("name", $"is longer than {MaxNameLength} characters");
        if (l.Hint is { Length: > MaxNameLength }) yield return ("hint", $"is longer than {MaxNameLength} characters");
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

    public static IEnumerable<(string Field, string Message)> CheckModel(ModelProfile m, Func<string, bool> sourceExists)
    {
        foreach (var (notes, name) in new[] { (m.Strengths, "strengths"), (m.Risks, "risks") })
        {
            if (notes.Count == 0) yield return (name, "must list at least one");
            for (var i = 0; i < notes.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(notes[i].Text)) yield return ($"{name}[{i}].text", "must not be empty");
                else if (notes[i].Text.Length > MaxTextLength) yield return ($"{name}[{i}].text", $"is longer than {MaxTextLength} characters");
                if (!sourceExists(notes[i].Source)) yield return ($"{name}[{i}].source", $"'{notes[i].Source}' is not a known source id");
            }
        }
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
