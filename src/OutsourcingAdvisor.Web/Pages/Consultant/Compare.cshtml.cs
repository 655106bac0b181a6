using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Assessment;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>Two to four of the consultant's scenarios side by side, with the answers that differ marked.</summary>
public sealed class CompareModel(AdvisorDbContext db) : PageModel
{
    public IReadOnlyList<AssessmentResponse> Scenarios { get; private set; } = [];
    public string? Error { get; private set; }

    public sealed record Row(string Label, IReadOnlyList<string> Values)
    {
        public bool Differs => Values.Distinct().Count() > 1;
    }

    public async Task<IActionResult> OnGetAsync([FromQuery] string[] ids)
    {
        var distinct = ids.Distinct().ToList();
        if (distinct.Count is < 2 or > 4)
        {
            Error = "Choose between 2 and 4 scenarios to compare.";
            return Page();
        }
        var scenarios = new List<AssessmentResponse>();
        foreach (var id in distinct)
        {
            // Only the consultant's own assessments: anything else is not found, as everywhere.
            if (await Access.AssessmentAsync(db, HttpContext, id) is not { OwnerId: not null } record) return NotFound();
            scenarios.Add(AssessmentStorage.Read(record));
        }
        Scenarios = scenarios;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public IEnumerable<Row> ResultRows()
    {
        yield return new("Recommended model", [.. Scenarios.Select(s => OptionNames.ShortLabel(s.Recommendation.Model) + (s.Recommendation.Specialization is { } sp ? $" ({sp.ToUpperInvariant()})" : ""))]);
        yield return new("Recommended location", [.. Scenarios.Select(s => OptionNames.ShortLabel(s.Recommendation.Location))]);
        yield return new("Lead", [.. Scenarios.Select(s => $"{s.Lead:0.#} points ({s.LeadStrength})")]);
        foreach (var model in OptionNames.Models)
            yield return new($"Score: {OptionNames.ShortLabel(model)}", [.. Scenarios.Select(s => s.Models.Single(m => m.Model == model).Score.ToString("0.#"))]);
        foreach (var location in OptionNames.Locations)
            yield return new($"Score: {OptionNames.ShortLabel(location)}", [.. Scenarios.Select(s =>
            {
                var l = s.Locations.Single(x => x.Location == location);
                return l.Excluded ? $"{l.Score:0.#} (excluded)" : l.Score.ToString("0.#");
            })]);
        yield return new("Monthly cost", [.. Scenarios.Select(s => s.Cost.Low is { } lo && s.Cost.High is { } hi ? $"{Format.Money(lo)}–{Format.Money(hi)}" : "No estimate")]);
        yield return new("Within budget", [.. Scenarios.Select(s => s.Cost.WithinBudget switch { true => "Yes", false => "No", null => "–" })]);
        yield return new("In-house cost", [.. Scenarios.Select(s => s.Cost.InHouseLow is { } lo && s.Cost.InHouseHigh is { } hi ? $"{Format.Money(lo)}–{Format.Money(hi)}" : "Not estimated")]);
    }

    public IEnumerable<Row> AnswerRows()
    {
        var described = Scenarios.Select(s => Answers.DescribeForReport(s.Answers, s.TaskName, s.Preset).ToList()).ToList();
        for (var i = 0; i < described[0].Count; i++)
            yield return new Row(described[0][i].Question, [.. described.Select(d => d[i].Answer)]);
    }
}
