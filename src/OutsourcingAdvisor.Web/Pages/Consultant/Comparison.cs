using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Branding;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Reports;
using OutsourcingAdvisor.Domain.Text;
using C = OutsourcingAdvisor.Domain.Text.English.Comparison;
using R = OutsourcingAdvisor.Domain.Text.English.Report;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>
/// Two to four of one consultant's scenarios side by side, as the consultant's page and a shared link both show
/// it: headed by scenario names, the decision first, and a difference marked only where an answer or the outcome
/// differs (scores always differ a little, so they are shown unmarked).
/// </summary>
public sealed class Comparison
{
    public const int Min = 2;
    public const int Max = 4;

    public sealed record Scenario(string Id, string Name, DateTime CreatedAt, ReportView View)
    {
        public AssessmentResponse Report => View.Report;
    }

    public sealed record Row(string Label, IReadOnlyList<string> Values, bool Marked = true)
    {
        public bool Differs => Marked && Values.Distinct().Count() > 1;
    }

    public required IReadOnlyList<Scenario> Scenarios { get; init; }
    public required FirmBlock Firm { get; init; }
    /// <summary>The current catalogue: its bands' order and names label the rows; the figures are the stored ones.</summary>
    public required AdvisorCatalogue Catalogue { get; init; }
    /// <summary>The client's name when every scenario is for the same one.</summary>
    public string? ClientName { get; init; }

    /// <summary>
    /// The consultant's own assessments, in the order asked; null when any id is not theirs (answer 404).
    /// </summary>
    public static async Task<Comparison?> LoadAsync(AdvisorDbContext db, HttpContext http, IReadOnlyList<string> ids, string ownerId, AdvisorCatalogue catalogue)
    {
        var records = await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(http.RequestAborted);
        if (records.Count != ids.Count || records.Any(r => r.OwnerId != ownerId))
        {
            if (records.Any(r => r.OwnerId != ownerId)) Access.Refused(http, "assessment");
            return null;
        }
        var details = await ScenarioNames.DetailsAsync(db, ids, http.RequestAborted);
        var ordered = ids.Select(id => records.Single(r => r.Id == id)).ToList();
        var scenarios = ordered.Select(r =>
        {
            var view = ReportView.From(r, names: catalogue.Countries);
            return new Scenario(r.Id, ScenarioNames.NameOf(view, details.GetValueOrDefault(r.Id)), view.Report.CreatedAt, view);
        }).ToList();
        var newest = ordered.OrderByDescending(r => r.CreatedAtUtc).First();
        var clientIds = ordered.Select(r => r.ClientId).Distinct().ToList();
        var clientName = clientIds is [{ } clientId]
            ? await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.Name).FirstOrDefaultAsync(http.RequestAborted)
            : null;
        return new Comparison
        {
            Scenarios = scenarios,
            Catalogue = catalogue,
            ClientName = clientName,
            Firm = new FirmBlock(await Brand.ForOwnerAsync(db, ownerId, http.RequestAborted), newest.PreparedBy, newest.Firm),
        };
    }

    private IReadOnlyList<string> Each(Func<AssessmentResponse, string> value) => [.. Scenarios.Select(s => value(s.Report))];

    private IReadOnlyList<string> EachView(Func<ReportView, string> value) => [.. Scenarios.Select(s => value(s.View))];

    /// <summary>The decision: what to do, where, what it costs and whether the budget covers it, each in its scenario's currency and period.</summary>
    public IEnumerable<Row> DecisionRows()
    {
        yield return new(C.RecommendedModel, Each(s => OptionNames.ShortLabel(s.Recommendation.Model) + (s.Recommendation.Specialization is { } sp ? $" ({Domain.Catalogue.Specializations.Tag(sp)})" : "")));
        yield return new(C.Where, EachView(v => v.IsHire && v.IsCostModel ? C.OwnStaff : OptionNames.ShortLabel(v.Report.Recommendation.Location)));
        yield return new(C.Cost, EachView(v => v.Cost is { } cost ? English.Capital(English.Money(cost)) : R.NoEstimate));
        yield return new(C.FitsBudget, Each(s => s.Cost.Fit switch
        {
            "fits" => C.Yes,
            "partly" => C.CheaperEnd,
            "does-not-fit" => C.No,
            _ => s.Cost.WithinBudget switch
            {
                true => C.Yes,
                false when s.Cost.Low <= (s.Cost.Budget ?? s.Answers.MonthlyBudget) => C.CheaperEnd,
                false => C.No,
                null => C.CannotTell,
            },
        }));
        yield return new(C.SureOfModel, Each(s => C.Strength(s.LeadStrength)));
        yield return new(C.SureOfLocation, EachView(v => v.IsHire && v.IsCostModel ? C.OwnStaff
            : v.Report.LocationLead is { } lead ? C.Strength(lead.Strength)
            : v.Report.CloseCalls?.Any(c => c.Kind == "location") == true ? C.Strength(LeadStrength.Close) : C.NotStated));
    }

    /// <summary>Scores and the in-house cost: the detail behind the decision, never marked.</summary>
    public IEnumerable<Row> ScoreRows()
    {
        foreach (var model in OptionNames.Models)
            yield return new(C.ScoreOf(OptionNames.ShortLabel(model)), Each(s => English.Points(s.Models.Single(m => m.Model == model).Score)), Marked: false);
        // The current catalogue's bands in its order, then any band only an older scenario was scored on.
        var bands = Catalogue.Bands.Concat(Scenarios.SelectMany(s => s.Report.Locations.Select(l => l.Location))).Distinct();
        foreach (var location in bands)
            yield return new(C.ScoreOf(OptionNames.ShortLabel(location)), Each(s =>
                s.Locations.FirstOrDefault(x => x.Location == location) is not { } l ? "–"
                : l.Excluded ? C.Excluded(l.Score) : English.Points(l.Score)), Marked: false);
        yield return new(C.InHouseCost, EachView(v => v.InHouse is { } cost ? English.Capital(English.Money(cost)) : C.NotEstimated), Marked: false);
    }

    public IEnumerable<Row> AnswerRows()
    {
        var described = Scenarios.Select(s => s.View.AnswerRows(Catalogue).ToList()).ToList();
        for (var i = 0; i < described[0].Count; i++)
            yield return new Row(described[0][i].Question, [.. described.Select(d => d[i].Answer)]);
    }
}
