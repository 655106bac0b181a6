using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Branding;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Assessment;

namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>One stored assessment, rendered only from what was stored, so it reads the same later.</summary>
public sealed class ReportModel(AdvisorDbContext db, CatalogueStore store) : PageModel
{
    public AssessmentResponse Report { get; private set; } = null!;
    public AssessmentRecord Record { get; private set; } = null!;
    /// <summary>True when the consultant who owns it is looking: show the share and scenario actions.</summary>
    public bool IsOwner { get; private set; }

    /// <summary>What the consultant added: name, own summary and note (printed apart from the engine's advice).</summary>
    public ScenarioDetails? Details { get; private set; }
    /// <summary>The consultant's brand and names, or none for an owner's own report.</summary>
    public FirmBlock Firm { get; private set; } = new(Brand.None, null, null);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Response.Headers.CacheControl = "no-store";
        var record = await Access.AssessmentAsync(db, HttpContext, id);
        if (record is null) return NotFound();
        await ShowAsync(record);
        return Page();
    }

    /// <summary>Also used by the shared-link page, which renders the same report read-only.</summary>
    public async Task ShowAsync(AssessmentRecord record)
    {
        Record = record;
        Report = AssessmentStorage.Read(record);
        IsOwner = record.OwnerId is not null && record.OwnerId == User.UserId();
        if (record.OwnerId is null) return;
        Details = await db.ScenarioDetails.AsNoTracking().FirstOrDefaultAsync(s => s.AssessmentId == record.Id, HttpContext.RequestAborted);
        Firm = new FirmBlock(await Brand.ForOwnerAsync(db, record.OwnerId, HttpContext.RequestAborted), record.PreparedBy, record.Firm);
    }

    /// <summary>The public page of a source, from the current catalogue (ids are stable; the stored result keeps only the id).</summary>
    public string? SourceUrl(string id) => store.Current.FindSource(id)?.Url;

    /// <summary>The recommended location as the catalogue describes it, e.g. "Offshore: a provider in a distant country…".</summary>
    public string WhereInShort
    {
        get
        {
            var key = Report.Recommendation.Location;
            var profile = store.Current.Locations.FirstOrDefault(l => l.Key == key);
            return profile is null ? OptionNames.ShortLabel(key) : $"{profile.Name}: {char.ToLowerInvariant(profile.Description[0])}{profile.Description[1..]}";
        }
    }

    /// <summary>What a criterion's points add up to for each option it moved, e.g. "BPO +20, KPO −10".</summary>
    public static string NetEffect(IReadOnlyList<(string Option, Reason Reason)> lines) =>
        string.Join(", ", lines.GroupBy(l => l.Option).Select(g =>
        {
            var sum = g.Sum(l => l.Reason.Points);
            var label = OptionNames.ShortLabel(g.Key);
            return g.All(l => l.Reason.Points == 0) ? $"{label} excluded" : $"{label} {(sum > 0 ? "+" : sum < 0 ? "−" : "±")}{Math.Abs(sum):0.#}";
        }));

    public bool HasConsultantNote => Details is { Summary: not null } or { Note: not null };

    /// <summary>A source's number in the report's list, for the short [n] references beside each point.</summary>
    public int SourceNumber(string id)
    {
        for (var i = 0; i < Report.Sources.Count; i++)
            if (Report.Sources[i].Id == id) return i + 1;
        return 0;
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
        LeadStrength.Clear => $"Fairly sure: a clear lead of {Report.Lead:0.#} points over {OptionNames.Label(RunnerUp.Model)}.",
        LeadStrength.Close => $"Not sure: {OptionNames.Label(RunnerUp.Model)} is only {Report.Lead:0.#} points behind, so treat both as real options.",
        _ => $"Reasonably sure: a lead of {Report.Lead:0.#} points over {OptionNames.Label(RunnerUp.Model)}.",
    };

    public ModelScore TopModel => Report.Models[0];
    public ModelScore RunnerUp => Report.Models[1];
    public LocationScore TopLocation => Report.Locations[0];

    public string Date => Report.CreatedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public string Headline
    {
        get
        {
            var r = Report.Recommendation;
            var specialization = r.Specialization is null ? "" : $", as {Domain.Catalogue.Specializations.Label(r.Specialization)}";
            var work = WorkNotListed ? "this work" : Report.TaskName.ToLowerInvariant();
            return r.Model == ModelOption.InHouse
                ? $"Hire for {work} in-house. If you outsource part of it, go {r.Location}."
                : $"Hand off {work} through {OptionNames.Label(r.Model)}{specialization}, delivered {r.Location}.";
        }
    }

    public string LeadSentence =>
        $"The lead over {OptionNames.Label(RunnerUp.Model)} is {Domain.Assessment.Wire.Name(Report.LeadStrength)}: {Report.Lead:0.#} points ({TopModel.Score:0.#} against {RunnerUp.Score:0.#} out of 100)."
        + (Report.LeadStrength == LeadStrength.Close ? " Treat both as real options." : "");

    public static string CriterionTitle(string id) =>
        ScoringEngine.AllCriteria.FirstOrDefault(c => c.Id == id)?.Title ?? id;

    /// <summary>Score lines grouped by criterion, in the engine's criterion order, each with its option.</summary>
    public IEnumerable<(string Criterion, IReadOnlyList<(string Option, Reason Reason)> Lines)> Why()
    {
        var lines = Report.Models.SelectMany(m => m.Reasons.Select(r => (Domain.Assessment.Wire.Name(m.Model), r)))
            .Concat(Report.Locations.SelectMany(l => l.Reasons.Concat(l.Exclusions).Select(r => (l.Location, r))))
            .ToList();
        foreach (var criterion in ScoringEngine.AllCriteria)
        {
            var group = lines.Where(x => x.r.Criterion == criterion.Id).ToList();
            if (group.Count > 0) yield return (criterion.Id, group);
        }
    }

    public string WhatIfSentence(WhatIfChange w)
    {
        var answer = Domain.Assessment.Questions.Find(w.Field)?.Phrasing(w.Value) ?? $"{w.Field} were {w.Value}";
        var changes = new List<string>();
        if (w.Model != Report.Recommendation.Model) changes.Add(OptionNames.Label(w.Model));
        if (w.Location != Report.Recommendation.Location) changes.Add($"{w.Location} delivery");
        return $"If {answer}, the advice would change to {string.Join(", with ", changes)}.";
    }

    public IEnumerable<(string Question, string Answer)> AnswerRows() =>
        Answers.DescribeForReport(Report.Answers, Report.TaskName, Report.Preset).Select(r => (r.Question, r.Answer));

    /// <summary>True when the owner chose "my work is not listed": nothing in the catalogue describes the work.</summary>
    public bool WorkNotListed => Report.Answers.TaskType == Domain.Catalogue.ServiceCategory.NotListed.Slug;

    /// <summary>The answers the advice rests on when the work is not listed: every one given, except the kind of work.</summary>
    public IEnumerable<(string Question, string Answer)> LeanedOn() =>
        Answers.DescribeForReport(Report.Answers, Report.TaskName, Report.Preset)
            .Where(r => r.Field != Questions.TaskType.Name && r.Answer != (Questions.Find(r.Field)?.Unanswered ?? "Not answered"))
            .Select(r => (r.Question, r.Answer));

    public static string Points(double p) => p > 0 ? $"+{p:0.#}" : $"{p:0.#}";
}
