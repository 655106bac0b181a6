using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// Every stored time is UTC with microsecond precision, whatever the provider: PostgreSQL's timestamptz keeps
/// microseconds while SQLite's text keeps 100 ns ticks, and SQLite hands times back without a kind. Cutting to the
/// coarser of the two on the way in, and marking UTC on the way out, makes a time read back equal to the one the
/// app saw after saving, and equal on both providers.
/// </summary>
public sealed class UtcMicrosecondDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => Truncate(v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc)),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    public static DateTime Truncate(DateTime v) => new(v.Ticks - v.Ticks % TimeSpan.TicksPerMicrosecond, DateTimeKind.Utc);
}

/// <summary>The same rule for DateTimeOffset (Identity's lockout end): stored at offset zero, in microseconds.</summary>
public sealed class UtcMicrosecondDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => Truncate(v),
    v => v.ToUniversalTime())
{
    public static DateTimeOffset Truncate(DateTimeOffset v)
    {
        var utc = v.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
    }
}
