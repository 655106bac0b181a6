using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Tests.Countries;

public sealed class WorkingHoursTests
{
    private static readonly WorkingDay NineToFive = new(new TimeOnly(9, 0), new TimeOnly(17, 0));

    private static double Shared(string owner, string other, int year, int month, int day) =>
        WorkingHours.SharedHours(owner, other, new DateOnly(year, month, day), NineToFive);

    // New York 9-17 is 14:00-22:00 UTC in January (EST) and 13:00-21:00 UTC in July (EDT); Manila keeps UTC+8 all
    // year, so its 9-17 is 01:00-09:00 UTC. The spans never meet: 0 shared hours on both dates.
    [Theory]
    [InlineData(1, 15, 0.0)]
    [InlineData(7, 15, 0.0)]
    public void NewYorkAndManilaShareNoOfficeHours(int month, int day, double expected) =>
        Assert.Equal(expected, Shared("America/New_York", "Asia/Manila", 2026, month, day));

    // London 9-17 is 09:00-17:00 UTC in January and 08:00-16:00 UTC in July; New York as above: 3 hours both times.
    [Theory]
    [InlineData(1, 15, 3.0)]
    [InlineData(7, 15, 3.0)]
    public void LondonAndNewYorkShareThreeHoursWhenBothKeepTheSameClockChange(int month, int day, double expected) =>
        Assert.Equal(expected, Shared("Europe/London", "America/New_York", 2026, month, day));

    // The US moves its clocks on 8 March 2026, the UK on 29 March: in between New York is only 4 hours behind.
    [Fact]
    public void DaylightSavingStartingOnDifferentDatesWidensTheOverlap() =>
        Assert.Equal(4.0, Shared("Europe/London", "America/New_York", 2026, 3, 20));

    // Sydney (UTC+11 in January) works 22:00-06:00 UTC of the day before; Manila 01:00-09:00 UTC: 5 hours.
    // In July Sydney is UTC+10, 23:00-07:00 UTC: 6 hours.
    [Theory]
    [InlineData(1, 15, 5.0)]
    [InlineData(7, 15, 6.0)]
    public void SydneyAndManilaShareMoreInTheSouthernWinter(int month, int day, double expected) =>
        Assert.Equal(expected, Shared("Australia/Sydney", "Asia/Manila", 2026, month, day));

    // Los Angeles 9-17 in January is 17:00-01:00 UTC; Sydney's next calendar day starts at 22:00 UTC: 3 hours.
    [Fact]
    public void CountsTheOtherSidesNextCalendarDayAcrossTheDateLine() =>
        Assert.Equal(3.0, Shared("America/Los_Angeles", "Australia/Sydney", 2026, 1, 15));

    // Kolkata is UTC+5:30: its 9-17 is 03:30-11:30 UTC against London's 09:00-17:00 UTC in January.
    [Fact]
    public void KeepsHalfHourOffsets() => Assert.Equal(2.5, Shared("Europe/London", "Asia/Kolkata", 2026, 1, 15));

    [Fact]
    public void TheSameZoneSharesTheWholeDay() => Assert.Equal(8.0, Shared("Europe/Berlin", "Europe/Berlin", 2026, 6, 1));

    [Theory]
    [InlineData("Europe/London", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("UTC", false)]
    [InlineData("", false)]
    public void KnowsIanaZonesOnly(string id, bool known) => Assert.Equal(known, WorkingHours.IsKnownZone(id));
}
