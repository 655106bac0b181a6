using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Domain.Text;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Branding;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Assessment;
using R = OutsourcingAdvisor.Domain.Text.English.Report;

namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>
/// A report as a page shows it: the stored <see cref="ReportView"/> (the engine's advice, never changed) plus what
/// surrounds it on screen and paper: the client it was made for, the consultant's note, the firm's brand, and the
/// sources' public links.
/// </summary>
public sealed class ReportPage
{
    private readonly IReadOnlyDictionary<string, string> _sourceUrls;
    private readonly AdvisorCatalogue _catalogue;

    /// <summary>How many of each list the main part shows; the appendix holds the rest (the two-minute read).</summary>
    public const int MainWhatIfs = 3, MainModelNotes = 2, MainLocationNotes = 1, MainFirstSteps = 3;

    private ReportPage(ReportView view, ScenarioDetails? details, FirmBlock firm, string? clientName, IReadOnlyDictionary<string, string> sourceUrls, AdvisorCatalogue catalogue)
    {
        View = view;
        Details = details;
        Firm = firm;
        ClientName = clientName;
        _sourceUrls = sourceUrls;
        _catalogue = catalogue;
    }

    /// <summary>
    /// The page for a view. A source's link is the one stored with the result (results made since the cost model
    /// keep it); for older results it comes from the current catalogue by id (ids are stable; the stored result
    /// keeps title, publisher and year, which is what the report prints). A consultant's report names the client
    /// it is filed under.
    /// </summary>
    public static async Task<ReportPage> ForAsync(ReportView view, AdvisorDbContext db, AdvisorCatalogue catalogue, CancellationToken ct)
    {
        var record = view.Record;
        var urls = view.Report.Sources.Select(s => (s.Id, Url: s.Url ?? catalogue.FindSource(s.Id)?.Url))
            .Where(x => x.Url is not null).ToDictionary(x => x.Id, x => x.Url!);
        if (record.OwnerId is null) return new(view, null, new FirmBlock(Brand.None, null, null), view.Report.Answers.ClientName, urls, catalogue);
        var details = await db.ScenarioDetails.AsNoTracking().FirstOrDefaultAsync(s => s.AssessmentId == record.Id, ct);
        var firm = new FirmBlock(await Brand.ForOwnerAsync(db, record.OwnerId, ct), record.PreparedBy, record.Firm);
        var client = record.ClientId is { } clientId
            ? await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.Name).FirstOrDefaultAsync(ct)
            : null;
        return new(view, details, firm, client ?? view.Report.Answers.ClientName, urls, catalogue);
    }

    public ReportView View { get; }
    /// <summary>What the consultant added: name, own summary and note (printed apart from the engine's advice).</summary>
    public ScenarioDetails? Details { get; }
    /// <summary>The consultant's brand and names, or none for an owner's own report.</summary>
    public FirmBlock Firm { get; }
    /// <summary>Who the report is for: the consultant's client, else the name typed in the questionnaire.</summary>
    public string? ClientName { get; }

    public AssessmentResponse Report => View.Report;
    public AssessmentRecord Record => View.Record;
    public bool IsOwner => View.IsOwner;
    public bool IsHire => View.IsHire;
    public string Date => View.Date;
    public IEnumerable<(string Criterion, IReadOnlyList<(string Option, Reason Reason)> Lines)> Why() => View.Why();
    public string WhatIfSentence(WhatIfChange w) => View.WhatIfSentence(w);
    /// <summary>The answers as the report lists them; the location's label is the current catalogue's name of the band.</summary>
    public IEnumerable<(string Question, string Answer)> AnswerRows() => View.AnswerRows(_catalogue);
    public string DownloadBase => View.DownloadBase;
    public bool IsCostModel => View.IsCostModel;
    public bool IsDated(int? year) => View.IsDated(year);

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
            if (r.Model != ModelOption.InHouse)
                return R.HandOff("this work", r.Model, r.Specialization is null ? null : Specializations.Label(r.Specialization), r.Location);
            return Report.Alternative is null && r.Location != LocationOption.Onshore ? R.HireOrOutsourcePart("this work", r.Location) : R.Hire("this work");
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
    public IHtmlContent SourceRef(string? source)
    {
        var n = source is null ? 0 : SourceNumber(source);
        if (n <= 0) return HtmlString.Empty;
        var encoder = HtmlEncoder.Default;
        var number = n.ToString(CultureInfo.InvariantCulture);
        return new HtmlString(string.Concat(
            " <a class=\"source-ref\" href=\"#source-", encoder.Encode(source!), "\" aria-label=\"Source ",
            number, ": ", encoder.Encode(Report.Sources[n - 1].Title), "\">[", number, "]</a> "));
    }

    /// <summary>The references of several sources, in the list's order.</summary>
    public IHtmlContent SourceRefs(IEnumerable<string?> sources)
    {
        var builder = new HtmlContentBuilder();
        foreach (var s in sources.Where(s => s is not null).Distinct().OrderBy(s => SourceNumber(s!))) builder.AppendHtml(SourceRef(s));
        return builder;
    }

    /// <summary>A source's number in the report's list, for the short [n] references beside each point.</summary>
    public int SourceNumber(string id)
    {
        for (var i = 0; i < Report.Sources.Count; i++)
            if (Report.Sources[i].Id == id) return i + 1;
        return 0;
    }

    public string WhatToDo => View.WhatToDo;
    public string WhereInShort => View.WhereInShort;
    public string CostInShort => View.CostInShort;
    public string Verdict => View.Verdict;
    public string HowSureOfModel => View.HowSureOfModel;
    public string? HowSureOfLocation => View.HowSureOfLocation;

    /// <summary>The recommended model's label, as headings use it ("KPO", "a one-off project").</summary>
    public string ModelNoun => English.ModelNoun(Report.Recommendation.Model);

    /// <summary>
    /// Where the owner's onshore figures and the hire are US prices (no local price and no wage level for their country):
    /// said beside the figures, not only in the appendix.
    /// </summary>
    public string? UsPricesNote => Report.Owner is { Onshore.Basis: "unscaled" } owner ? R.UsPricesUsed(owner.Country, owner.CountryName) : null;

    /// <summary>What a criterion's points add up to for each option it moved, e.g. "BPO +20, KPO −10".</summary>
    public static string NetEffect(IReadOnlyList<(string Option, Reason Reason)> lines) =>
        string.Join(", ", lines.GroupBy(l => l.Option).Select(g =>
        {
            var sum = g.Sum(l => l.Reason.Points);
            var label = OptionNames.ShortLabel(g.Key);
            return g.All(l => l.Reason.Points == 0) ? R.OptionRuledOut(label) : $"{label} {(sum > 0 ? "+" : sum < 0 ? "−" : "±")}{Math.Abs(sum):0.#}";
        }));
}
