namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>
/// Shared office hours between two IANA time zones on one date, daylight saving included. Pure: the date is an
/// input, never the clock, so a stored report and a re-run on the same date agree.
/// </summary>
public static class WorkingHours
{
    /// <summary>
    /// Hours of the owner's working day on <paramref name="date"/> that fall inside the other side's working day.
    /// The other side's day may be the calendar day before or after (Sydney's Tuesday morning is New York's Monday
    /// afternoon), so the best of the three neighbouring days counts.
    /// </summary>
    public static double SharedHours(string ownerZone, string otherZone, DateOnly date, WorkingDay day)
    {
        var owner = Zone(ownerZone);
        var other = Zone(otherZone);
        var (ownerStart, ownerEnd) = UtcSpan(owner, date, day);
        var best = 0.0;
        for (var shift = -1; shift <= 1; shift++)
        {
            var (otherStart, otherEnd) = UtcSpan(other, date.AddDays(shift), day);
            var start = ownerStart > otherStart ? ownerStart : otherStart;
            var end = ownerEnd < otherEnd ? ownerEnd : otherEnd;
            if (end > start) best = Math.Max(best, (end - start).TotalHours);
        }
        return best;
    }

    /// <summary>How many hours the other zone's clock is ahead of the owner's at the owner's start of day (negative: behind).</summary>
    public static double OffsetHours(string ownerZone, string otherZone, DateOnly date, WorkingDay day)
    {
        var owner = Zone(ownerZone);
        var other = Zone(otherZone);
        var instant = UtcSpan(owner, date, day).Start;
        return (other.GetUtcOffset(instant) - owner.GetUtcOffset(instant)).TotalHours;
    }

    /// <summary>Whether an IANA id is known to this machine's time-zone database.</summary>
    public static bool IsKnownZone(string? id) => id is not null && id.Contains('/') && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static (DateTime Start, DateTime End) UtcSpan(TimeZoneInfo zone, DateOnly date, WorkingDay day)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(day.Start, DateTimeKind.Unspecified), zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(day.End, DateTimeKind.Unspecified), zone);
        return (start, end);
    }
}
