using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>
/// How strongly a wish for shared hours pushes a band, from the hours its lead country really shares with the
/// owner on the assessment date (thresholds in countries.json "workingDay").
/// </summary>
public static class OverlapPush
{
    /// <summary>The owner wants the provider on their hours: the whole day is best, a good part is fine, little or none is bad.</summary>
    public static Push Full(double sharedHours, WorkingDay day) =>
        sharedHours >= day.Hours ? Push.StrongFor
        : sharedHours >= day.FullOverlapModerateFromHours ? Push.ModerateFor
        : sharedHours > 0 ? Push.SlightAgainst
        : Push.StrongAgainst;

    /// <summary>
    /// The owner wants a few shared hours: a band that gives them without being the owner's own country fits best;
    /// the owner's country fits too but the wish does not call for it.
    /// </summary>
    public static Push Partial(double sharedHours, bool ownCountry, WorkingDay day) =>
        ownCountry ? Push.SlightFor
        : sharedHours >= day.PartialOverlapFromHours ? Push.ModerateFor
        : Push.SlightAgainst;
}
