using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
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
    private readonly AdvisorCatalogue _catalogue;

    private ReportPage(ReportView view, ScenarioDetails? details, FirmBlock firm, IReadOnlyDictionary<string, string> sourceUrls, AdvisorCatalogue catalogue)
    {
        View = view;
        Details = details;
        Firm = firm;
        _sourceUrls = sourceUrls;
        _catalogue = catalogue;
    }

    /// <summary>
    /// The page for a view. A source's link is the one stored with the result (results made since the cost model
    /// keep it); for older results it comes from the current catalogue by id (ids are stable; the stored result
    /// keeps title, publisher and year, which is what the report prints).
    /// </summary>
    public static async Task<ReportPage> ForAsync(ReportView view, AdvisorDbContext db, AdvisorCatalogue catalogue, CancellationToken ct)
    {
        var record = view.Record;
        var urls = view.Report.Sources.Select(s => (s.Id, Url: s.Url ?? catalogue.FindSource(s.Id)?.Url))
            .Where(x => x.Url is not null).ToDictionary(x => x.Id, x => x.Url!);
        if (record.OwnerId is null) return new(view, null, new FirmBlock(Brand.None, null, null), urls, catalogue);
        var details = await db.ScenarioDetails.AsNoTracking().FirstOrDefaultAsync(s => s.AssessmentId == record.Id, ct);
        var firm = new FirmBlock(await Brand.ForOwnerAsync(db, record.OwnerId, ct), record.PreparedBy, record.Firm);
        return new(view, details, firm, urls, catalogue);
    }

    public ReportView View { get; }
    /// <summary>What the consultant added: name, own summary and note (printed apart from the engine's advice).</summary>
    public ScenarioDetails? Details { get; }
    /// <summary>The consultant's brand and names, or none for an owner's own report.</summary>
    public FirmBlock Firm { get; }

    public AssessmentResponse Report => View.Report;
    public AssessmentRecord Record => View.Record;
    public bool IsOwner => View.IsOwner;
    public string Money(decimal usd) => View.Money(usd);
    public string Date => View.Date;
    public IEnumerable<(string Criterion, IReadOnlyList<(string Option, Reason Reason)> Lines)> Why() => View.Why();
    public string WhatIfSentence(WhatIfChange w) => View.WhatIfSentence(w);
    /// <summary>The answers as the report lists them; the location's label is the current catalogue's name of the band.</summary>
    public IEnumerable<(string Question, string Answer)> AnswerRows() => View.AnswerRows(_catalogue);
    public string DownloadBase => View.DownloadBase;
    public bool IsCostModel => View.IsCostModel;
    public string Span => View.Span;
    public string Verdict => View.Verdict;
    public bool IsDated(int? year) => View.IsDated(year);
    public string Cite(string id, int? year = null) => View.Cite(id, year);

    public bool HasConsultantNote => Details is { Summary: not null } or { Note: not null };

    public string? SourceUrl(string id) => _sourceUrls.GetValueOrDefault(id);

    /// <summary>True when the owner chose "my work is not listed": nothing in the catalogue describes the work.</summary>
    public bool WorkNotListed => Report.Answers.TaskType == ServiceCategory.NotListed.Slug;

    /// <summary>As <see cref="ReportView.Headline"/>, saying "this work" when the work is not in the list.</summary>
    public string Headline
    {
        get
        {
            if (!WorkNotListed) return View.Headline;
            var r = Report.Recommendation;
            var specialization = r.Specialization is null ? "" : $", as {Specializations.Label(r.Specialization)}";
            if (r.Model != ModelOption.InHouse)
                return $"Hand off this work through {OptionNames.Label(r.Model)}{specialization}, delivered {OptionNames.Name(r.Location)}.";
            return Report.Alternative is null && r.Location != LocationOption.Onshore
                ? $"Hire for this work in-house. If you outsource part of it, go {OptionNames.Name(r.Location)}."
                : "Hire for this work in-house, with your own staff.";
        }
    }

    /// <summary>The answers the advice rests on when the work is not listed: every one given, except the kind of work.</summary>
    public IEnumerable<(string Question, string Answer)> LeanedOn() =>
        Answers.DescribeForReport(Report.Answers, Report.TaskName, Report.Preset, _catalogue)
            .Where(r => r.Field != Domain.Assessment.Questions.TaskType.Name && r.Answer != (Domain.Assessment.Questions.Find(r.Field)?.Unanswered ?? "Not answered"))
            .Select(r => (r.Question, r.Answer));

    /// <summary>
    /// A short numbered reference to the source list, " [n] " as a link (the title, publisher, year and link are in
    /// the list itself); nothing for a source the list does not hold. Written here rather than as a partial view: a
    /// report cites sources some 80 times, and a partial per citation was the larger part of the page's cost.
    /// </summary>
    public IHtmlContent SourceRef(string source)
    {
        var n = SourceNumber(source);
        if (n <= 0) return HtmlString.Empty;
        var encoder = HtmlEncoder.Default;
        var number = n.ToString(CultureInfo.InvariantCulture);
        return new HtmlString(string.Concat(
            " <a class=\"source-ref\" href=\"#source-", encoder.Encode(source), "\" aria-label=\"Source ",
            number, ": ", encoder.Encode(Report.Sources[n - 1].Title), "\">[", number, "]</a> "));
    }

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
            // Since the cost model a hire is headlined at home, with where to outsource part of it beside it.
            if (Report.Recommendation.Model == ModelOption.InHouse && IsCostModel)
                return "Your own staff, where you are." + (Report.Alternative is { } alt ? $" If you outsource part of it: {OptionNames.ShortLabel(alt.Location)}." : "");
            var l = Report.Locations.First(x => x.Location == Report.Recommendation.Location);
            return $"{OptionNames.ShortLabel(l.Location)} delivery, sharing {l.OverlapHours.Min}–{l.OverlapHours.Max} working hours a day with you.";
        }
    }

    /// <summary>Where the recommended option's cost stands against the budget, in a few plain words.</summary>
    public string CostInShort
    {
        get
        {
            var c = Report.Cost;
            if (IsCostModel)
            {
                var hire = Report.Recommendation.Model == ModelOption.InHouse;
                // A hire is costed at one figure, as the cost section shows it; a provider at a range.
                string? figure = hire
                    ? c.InHouseLow is { } h ? $"{Money(h)} {Span} for the hire" : null
                    : c.Low is { } l && c.High is { } u ? $"{Money(l)}–{Money(u)} {Span}" : null;
                if (figure is null)
                    return hire ? "Not estimated: no source gives a wage for this work." : "No estimate: no source gives a provider price for this work.";
                var budget = c.Budget is { } b ? $"; your budget is {Money(b)} {Span}" : "";
                return $"{figure}{budget}. {Verdict}".TrimEnd();
            }
            var monthly = Report.Answers.MonthlyBudget ?? 0;
            if (c.Low is not { } low || c.High is not { } high)
                return "No estimate: no source gives a price for this work.";
            var old = $"{Money(low)}–{Money(high)} a month";
            return c.WithinBudget == true ? $"{old}, within your budget of {Money(monthly)}."
                : low <= monthly ? $"{old}; your budget of {Money(monthly)} covers only the cheaper end."
                : $"{old}, above your budget of {Money(monthly)}.";
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
