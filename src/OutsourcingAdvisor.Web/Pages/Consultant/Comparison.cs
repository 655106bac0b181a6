using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Branding;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Reports;

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
            var view = ReportView.From(r);
            return new Scenario(r.Id, ScenarioNames.NameOf(view.Report, details.GetValueOrDefault(r.Id)), view.Report.CreatedAt, view);
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

    /// <summary>The decision: what to do, where, what it costs and whether the budget covers it.</summary>
    public IEnumerable<Row> DecisionRows()
    {
        yield return new("Recommended model", Each(s => OptionNames.ShortLabel(s.Recommendation.Model) + (s.Recommendation.Specialization is { } sp ? $" ({Domain.Catalogue.Specializations.Tag(sp)})" : "")));
        yield return new("Where", Each(s => OptionNames.ShortLabel(s.Recommendation.Location)));
        // One-off work is costed in total since the cost model: said beside the figure.
        yield return new("Monthly cost", Each(s => s.Cost.Low is { } lo && s.Cost.High is { } hi ? $"{Format.Money(lo)}–{Format.Money(hi)}{(s.Cost.IsTotal == true ? " in total" : "")}" : "No estimate"));
        yield return new("Fits the budget", Each(s => s.Cost.Fit switch
        {
            "fits" => "Yes",
            "partly" => "Only the cheaper end",
            "does-not-fit" => "No",
            _ => s.Cost.WithinBudget switch
            {
                true => "Yes",
                false when s.Cost.Low <= (s.Cost.Budget ?? s.Answers.MonthlyBudget) => "Only the cheaper end",
                false => "No",
                null => "Cannot tell (no price)",
            },
        }));
        yield return new("How clear the lead is", Each(s => Domain.Assessment.Wire.Name(s.LeadStrength)));
    }

    /// <summary>Scores and the in-house cost: the detail behind the decision, never marked.</summary>
    public IEnumerable<Row> ScoreRows()
    {
        foreach (var model in OptionNames.Models)
            yield return new($"Score: {OptionNames.ShortLabel(model)}", Each(s => s.Models.Single(m => m.Model == model).Score.ToString("0.#")), Marked: false);
        // The current catalogue's bands in its order, then any band only an older scenario was scored on.
        var bands = Catalogue.Bands.Concat(Scenarios.SelectMany(s => s.Report.Locations.Select(l => l.Location))).Distinct();
        foreach (var location in bands)
            yield return new($"Score: {OptionNames.ShortLabel(location)}", Each(s =>
                s.Locations.FirstOrDefault(x => x.Location == location) is not { } l ? "–"
                : l.Excluded ? $"{l.Score:0.#} (excluded)" : l.Score.ToString("0.#")), Marked: false);
        yield return new("In-house cost", Each(s => s.Cost.InHouseLow is { } lo && s.Cost.InHouseHigh is { } hi ? $"{Format.Money(lo)}–{Format.Money(hi)}" : "Not estimated"), Marked: false);
    }

    public IEnumerable<Row> AnswerRows()
    {
        var described = Scenarios.Select(s => s.View.AnswerRows(Catalogue).ToList()).ToList();
        for (var i = 0; i < described[0].Count; i++)
            yield return new Row(described[0][i].Question, [.. described.Select(d => d[i].Answer)]);
    }
}
