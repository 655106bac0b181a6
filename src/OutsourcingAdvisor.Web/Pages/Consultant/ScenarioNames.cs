using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>How a consultant's scenario is named and what they added to it, for every page that lists or prints it.</summary>
public static class ScenarioNames
{
    /// <summary>
    /// What a scenario is called until the consultant names it: its outcome and budget in the report's currency, e.g.
    /// "BPO, offshore, £20,000 a month" (one-off work, budgeted in total since the cost model: "Project, nearshore,
    /// €15,000 in total").
    /// </summary>
    public static string DefaultName(Reports.ReportView view)
    {
        var report = view.Report;
        var budget = view.Budget is { } b ? Domain.Text.English.Money(b) : "";
        return $"{OptionNames.ShortLabel(report.Recommendation.Model)}, {OptionNames.Name(report.Recommendation.Location)}, {budget}";
    }

    public static string NameOf(Reports.ReportView view, ScenarioDetails? details) =>
        details?.Name ?? DefaultName(view);

    /// <summary>The details of these assessments, keyed by assessment id (absent: nothing added yet).</summary>
    public static async Task<Dictionary<string, ScenarioDetails>> DetailsAsync(AdvisorDbContext db, IEnumerable<string> assessmentIds, CancellationToken ct = default)
    {
        var ids = assessmentIds.ToList();
        return await db.ScenarioDetails.AsNoTracking().Where(s => ids.Contains(s.AssessmentId)).ToDictionaryAsync(s => s.AssessmentId, ct);
    }

    /// <summary>A name, summary or note as typed: trimmed, empty means none; an error for too long or control characters.</summary>
    public static string? Check(string? value, int max, string what, bool multiline, out string? error)
    {
        error = null;
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
        if (text is null) return null;
        if (text.Length > max) error = $"The {what} can be at most {max:N0} characters (it has {text.Length:N0}).";
        else if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\t'))) error = $"The {what} cannot contain control characters.";
        return text;
    }
}
