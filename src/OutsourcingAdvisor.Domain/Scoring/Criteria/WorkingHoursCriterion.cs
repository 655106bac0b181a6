using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Countries;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.WorkingHours;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>
/// The more working hours you must share with the provider, the closer it has to be. With a country table the
/// hours are the real overlap of your 9-to-5 with each example country's on the assessment date (daylight saving
/// included); without one, the fixed time-zone gaps of seed-data/locations.json stand.
/// </summary>
public sealed class WorkingHoursCriterion : ICriterion
{
    public string Id => "working-hours";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        if (context.Owner is not null && context.Catalogue.Countries is { } table && OwnerSetting.Neutral(context.Answers, context.Catalogue) is { } owner)
        {
            ScoreRealHours(context, sheet, owner, table);
            return;
        }
        var a = context.Answers;
        switch (a.TimeZoneOverlap)
        {
            case TimeZoneOverlap.Full:
                Add(context, sheet, LocationOption.Onshore, Push.StrongFor, T.WantYourHours);
                Add(context, sheet, LocationOption.Nearshore, Push.ModerateFor, T.WantYourHours);
                Add(context, sheet, LocationOption.Offshore, Push.StrongAgainst, T.WantYourHours);
                break;
            case TimeZoneOverlap.Partial:
                Add(context, sheet, LocationOption.Onshore, Push.SlightFor, T.WantAFewHours);
                Add(context, sheet, LocationOption.Nearshore, Push.ModerateFor, T.WantAFewHours);
                Add(context, sheet, LocationOption.Offshore, Push.SlightAgainst, T.WantAFewHours);
                break;
        }

        if (a.Coverage == Coverage.AroundTheClock && context.Catalogue.Offers(LocationOption.Offshore))
        {
            var offshore = context.Catalogue.Location(LocationOption.Offshore);
            sheet.Location(LocationOption.Offshore, Push.SlightFor,
                sheet.Explain ? T.OffshoreCoversYourNight(offshore.TimeZoneGapHours.Min, offshore.TimeZoneGapHours.Max) : null,
                offshore.TimeZoneGapHours.Sources.FirstOrDefault() ?? "editorial");
        }
    }

    private static void ScoreRealHours(ScoringContext context, ScoreSheet sheet, OwnerBands owner, CountryTable table)
    {
        var a = context.Answers;
        var day = table.WorkingDay;
        foreach (var band in owner.Bands)
        {
            var examples = band.Examples.Examples;
            if (examples.Count == 0) continue;
            // The band is judged by the example that shares least: the owner may end up with any of them.
            var fewest = examples[0];
            for (var i = 1; i < examples.Count; i++) if (examples[i].SharedHours < fewest.SharedHours) fewest = examples[i];
            var push = a.TimeZoneOverlap switch
            {
                TimeZoneOverlap.Full => OverlapPush.Full(fewest.SharedHours, day),
                TimeZoneOverlap.Partial => OverlapPush.Partial(fewest.SharedHours, band.Band == LocationOption.Onshore, day),
                _ => (Push?)null,
            };
            if (push is { } p)
            {
                var want = a.TimeZoneOverlap == TimeZoneOverlap.Full ? T.WantYourHours : T.WantAFewHours;
                var text = sheet.Explain
                    ? T.DayShares(owner.Date, day.Start, day.End, Shared(examples), band.Band, want)
                    : null;
                sheet.Location(band.Band, p, text, "editorial");
            }
        }

        if (a.Coverage == Coverage.AroundTheClock && owner.For(LocationOption.Offshore).Lead is { } lead && owner.OffshoreLeadHoursApart is { } offset)
        {
            sheet.Location(LocationOption.Offshore, Push.SlightFor,
                sheet.Explain ? T.CountryCoversYourNight(lead.Country.Name, offset) : null,
                "editorial");
        }
    }

    private static string Shared(IReadOnlyList<CountryExample> examples) =>
        string.Join(", ", examples.Select(e => T.HoursWith(e.SharedHours, e.Country.Name)));

    private static void Add(ScoringContext context, ScoreSheet sheet, LocationOption option, Push push, string want)
    {
        if (!context.Catalogue.Offers(option)) return;
        var p = context.Catalogue.Location(option);
        var text = sheet.Explain
            ? T.BandHours(p.Name, p.TimeZoneGapHours.Min, p.TimeZoneGapHours.Max, p.OverlapHours.Min, p.OverlapHours.Max, want)
            : null;
        sheet.Location(option, push, text, p.TimeZoneGapHours.Sources.FirstOrDefault() ?? "editorial");
    }
}
