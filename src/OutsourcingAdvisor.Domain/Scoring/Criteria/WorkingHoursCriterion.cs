using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>The more working hours you must share with the provider, the closer it has to be (time-zone gaps in seed-data).</summary>
public sealed class WorkingHoursCriterion : ICriterion
{
    public string Id => "working-hours";
    public string Title => "Shared working hours";
    public string Favours => "onshore and nearshore when you need overlap; offshore when round-the-clock cover is wanted";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var a = context.Answers;
        switch (a.TimeZoneOverlap)
        {
            case TimeZoneOverlap.Full:
                Add(context, sheet, LocationOption.Onshore, Push.StrongFor, "you want the provider working your hours");
                Add(context, sheet, LocationOption.Nearshore, Push.ModerateFor, "you want the provider working your hours");
                Add(context, sheet, LocationOption.Offshore, Push.StrongAgainst, "you want the provider working your hours");
                break;
            case TimeZoneOverlap.Partial:
                Add(context, sheet, LocationOption.Onshore, Push.SlightFor, "you want a few shared hours a day");
                Add(context, sheet, LocationOption.Nearshore, Push.ModerateFor, "you want a few shared hours a day");
                Add(context, sheet, LocationOption.Offshore, Push.SlightAgainst, "you want a few shared hours a day");
                break;
        }

        if (a.Coverage == Coverage.AroundTheClock)
        {
            var offshore = context.Catalogue.Location(LocationOption.Offshore);
            sheet.Location(LocationOption.Offshore, Push.SlightFor,
                sheet.Explain ? $"Being {offshore.TimeZoneGapHours.Min}–{offshore.TimeZoneGapHours.Max} hours ahead or behind, an offshore team covers your night during its own day." : null,
                offshore.TimeZoneGapHours.Sources.FirstOrDefault() ?? "editorial");
        }
    }

    private static void Add(ScoringContext context, ScoreSheet sheet, LocationOption option, Push push, string want)
    {
        var p = context.Catalogue.Location(option);
        var text = sheet.Explain
            ? $"{p.Name} providers are {p.TimeZoneGapHours.Min}–{p.TimeZoneGapHours.Max} hours apart in time, sharing about {p.OverlapHours.Min}–{p.OverlapHours.Max} hours of a working day, and {want}."
            : null;
        sheet.Location(option, push, text, p.TimeZoneGapHours.Sources.FirstOrDefault() ?? "editorial");
    }
}
