using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Branding;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Assessment;

namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>
/// A report as a page shows it: the stored <see cref="ReportView"/> (the engine's advice, never changed) plus what
/// surrounds it on screen and paper: the consultant's note, the firm's brand, and the sources' public links.
/// </summary>
public sealed class ReportPage
{
    private readonly IReadOnlyDictionary<string, string> _sourceUrls;

    private ReportPage(ReportView view, ScenarioDetails? details, FirmBlock firm, IReadOnlyDictionary<string, string> sourceUrls)
    {
        View = view;
        Details = details;
        Firm = firm;
        _sourceUrls = sourceUrls;
    }

    /// <summary>
    /// The page for a view. Source links come from the current catalogue by id (ids are stable; the stored result
    /// keeps title, publisher and year, which is what the report prints).
    /// </summary>
    public static async Task<ReportPage> ForAsync(ReportView view, AdvisorDbContext db, AdvisorCatalogue catalogue, CancellationToken ct)
    {
        var record = view.Record;
        var urls = view.Report.Sources.Select(s => (s.Id, Url: catalogue.FindSource(s.Id)?.Url))
            .Where(x => x.Url is not null).ToDictionary(x => x.Id, x => x.Url!);
        if (record.OwnerId is null) return new(view, null, new FirmBlock(Brand.None, null, null), urls);
        var details = await db.ScenarioDetails.AsNoTracking().FirstOrDefaultAsync(s => s.AssessmentId == record.Id, ct);
        var firm = new FirmBlock(await Brand.ForOwnerAsync(db, record.OwnerId, ct), record.PreparedBy, record.Firm);
        return new(view, details, firm, urls);
    }

    public ReportView View { get; }
    /// <summary>What the consultant added: name, own summary and note (printed apart from the engine's advice).</summary>
    public ScenarioDetails? Details { get; }
    /// <summary>The consultant's brand and names, or none for an owner's own report.</summary>
    public FirmBlock Firm { get; }

    public AssessmentResponse Report => View.Report;
    public AssessmentRecord Record => View.Record;
    public bool IsOwner => View.IsOwner;
    public string Date => View.Date;
    public IEnumerable<(string Criterion, IReadOnlyList<(string Option, Reason Reason)> Lines)> Why() => View.Why();
    public string WhatIfSentence(WhatIfChange w) => View.WhatIfSentence(w);
    public IEnumerable<(string Question, string Answer)> AnswerRows() => View.AnswerRows();

    public bool HasConsultantNote => Details is { Summary: not null } or { Note: not null };

    public string? SourceUrl(string id) => _sourceUrls.GetValueOrDefault(id);

    /// <summary>True when the owner chose "my work is not listed": nothing in the catalogue describes the work.</summary>
    public bool WorkNotListed => Report.Answers.TaskType == ServiceCategory.NotListed.Slug;

    public string Headline
    {
        get
        {
            if (!WorkNotListed) return View.Headline;
            var r = Report.Recommendation;
            var specialization = r.Specialization is null ? "" : $", as {Specializations.Label(r.Specialization)}";
            return r.Model == ModelOption.InHouse
                ? $"Hire for this work in-house. If you outsource part of it, go {r.Location}."
                : $"Hand off this work through {OptionNames.Label(r.Model)}{specialization}, delivered {r.Location}.";
        }
    }

    /// <summary>The answers the advice rests on when the work is not listed: every one given, except the kind of work.</summary>
    public IEnumerable<(string Question, string Answer)> LeanedOn() =>
        Answers.DescribeForReport(Report.Answers, Report.TaskName, Report.Preset)
            .Where(r => r.Field != Domain.Assessment.Questions.TaskType.Name && r.Answer != (Domain.Assessment.Questions.Find(r.Field)?.Unanswered ?? "Not answered"))
            .Select(r => (r.Question, r.Answer));

    /// <summary>A source's number in the report's list, for the short [n] references beside each point.</summary>
    public int SourceNumber(string id)
    {
        for (var i = 0; i < Report.Sources.Count; i++)
            if (Report.Sources[i].Id == id) return i + 1;
        return 0;
    }

    public string WhatToDo
    {
        get
        {
            var r = Report.Recommendation;
            if (r.Model == ModelOption.InHouse) return "Hire for it in-house";
            var label = OptionNames.Label(r.Model);
            return char.ToUpperInvariant(label[0]) + label[1..] + (r.Specialization is { } sp ? $", as {Specializations.Label(sp)}" : "");
        }
    }

    /// <summary>The recommended location and the working hours it shares with you, from the stored result.</summary>
    public string WhereInShort
    {
        get
        {
            var l = Report.Locations.First(x => x.Location == Report.Recommendation.Location);
            return $"{OptionNames.ShortLabel(l.Location)} delivery, sharing {l.OverlapHours.Min}–{l.OverlapHours.Max} working hours a day with you.";
        }
    }

    /// <summary>Where the recommended location's cost stands against the budget, in a few plain words.</summary>
    public string CostInShort
    {
        get
        {
            var budget = Report.Answers.MonthlyBudget ?? 0;
            if (Report.Cost.Low is not { } low || Report.Cost.High is not { } high)
                return "No estimate: no source gives a price for this work.";
            var range = $"{Format.Money(low)}–{Format.Money(high)} a month";
            return Report.Cost.WithinBudget == true ? $"{range}, within your budget of {Format.Money(budget)}."
                : low <= budget ? $"{range}; your budget of {Format.Money(budget)} covers only the cheaper end."
                : $"{range}, above your budget of {Format.Money(budget)}.";
        }
    }

    public string HowSure => Report.LeadStrength switch
    {
        LeadStrength.Clear => $"Fairly sure: a clear lead of {Report.Lead:0.#} points over {OptionNames.Label(View.RunnerUp.Model)}.",
        LeadStrength.Close => $"Not sure: {OptionNames.Label(View.RunnerUp.Model)} is only {Report.Lead:0.#} points behind, so treat both as real options.",
        _ => $"Reasonably sure: a lead of {Report.Lead:0.#} points over {OptionNames.Label(View.RunnerUp.Model)}.",
    };

    /// <summary>What a criterion's points add up to for each option it moved, e.g. "BPO +20, KPO −10".</summary>
    public static string NetEffect(IReadOnlyList<(string Option, Reason Reason)> lines) =>
        string.Join(", ", lines.GroupBy(l => l.Option).Select(g =>
        {
            var sum = g.Sum(l => l.Reason.Points);
            var label = OptionNames.ShortLabel(g.Key);
            return g.All(l => l.Reason.Points == 0) ? $"{label} excluded" : $"{label} {(sum > 0 ? "+" : sum < 0 ? "−" : "±")}{Math.Abs(sum):0.#}";
        }));
}
