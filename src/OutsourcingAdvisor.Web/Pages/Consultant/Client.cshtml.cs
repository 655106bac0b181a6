using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages.Assessment;
using OutsourcingAdvisor.Web.Pages.Reports;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>One client: its assessments (scenarios), newest first, with start, compare and export.</summary>
public sealed class ClientModel(AdvisorDbContext db, CatalogueStore store, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    /// <summary>One listed scenario: its record, its stored result and what the consultant added.</summary>
    public sealed record ScenarioRow(AssessmentRecord Record, ReportView View, ScenarioDetails? Details)
    {
        public AssessmentResponse Report => View.Report;
        public string Name => ScenarioNames.NameOf(View, Details);
    }

    public ClientRecord Client { get; private set; } = null!;
    public IReadOnlyList<ScenarioRow> Assessments { get; private set; } = [];
    /// <summary>Listing the archived scenarios instead of the current ones.</summary>
    public bool ShowArchived { get; private set; }
    public int ArchivedCount { get; private set; }
    public bool Deleted { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string TaskName(string slug) => store.Current.CategoryFor(slug)?.Name ?? slug;

    public async Task<IActionResult> OnGetAsync(int id, int p = 1, bool archived = false, bool deleted = false)
    {
        if (await Access.ClientAsync(db, HttpContext, id) is not { } client) return NotFound();
        Client = client;
        ShowArchived = archived;
        Deleted = deleted;
        var mine = db.Assessments.AsNoTracking().Where(a => a.ClientId == id && a.OwnerId == client.OwnerId);
        var archivedIds = db.ScenarioDetails.Where(s => s.ArchivedAtUtc != null).Select(s => s.AssessmentId);
        ArchivedCount = await mine.CountAsync(a => archivedIds.Contains(a.Id));
        var all = archived ? mine.Where(a => archivedIds.Contains(a.Id)) : mine.Where(a => !archivedIds.Contains(a.Id));
        Total = await all.CountAsync();
        PageNumber = Math.Clamp(p, 1, Pages);
        var records = await all.OrderByDescending(a => a.CreatedAtUtc).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        var details = await ScenarioNames.DetailsAsync(db, records.Select(r => r.Id), HttpContext.RequestAborted);
        Assessments = [.. records.Select(r => new ScenarioRow(r, ReportView.From(r, names: store.Current.Countries), details.GetValueOrDefault(r.Id)))];
        return Page();
    }

    /// <summary>Starts the questionnaire for this client: a draft owned by the consultant.</summary>
    public async Task<IActionResult> OnPostStartAsync(int id)
    {
        if (await Access.ClientAsync(db, HttpContext, id) is not { } client) return NotFound();
        var draft = await NewDraftAsync(db, clock, client, new AssessmentInput { ClientName = client.Name });
        return Redirect(Questionnaire.Url(draft.Id, Questionnaire.Business));
    }

    /// <summary>Every assessment of this client as CSV: one row per assessment.</summary>
    public async Task<IActionResult> OnGetExportAsync(int id)
    {
        if (await Access.ClientAsync(db, HttpContext, id) is not { } client) return NotFound();
        Response.Headers.CacheControl = PageHeaders.NoStore;
        var rows = await db.Assessments.AsNoTracking().Where(a => a.ClientId == id && a.OwnerId == client.OwnerId)
            .OrderByDescending(a => a.CreatedAtUtc).ToListAsync();
        var csv = ReportView.SummaryCsv(rows.Select(r => ReportView.From(r)));
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"client-{client.Id}-assessments.csv");
    }

    public static async Task<AssessmentDraft> NewDraftAsync(AdvisorDbContext db, TimeProvider clock, ClientRecord client, AssessmentInput answers)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new AssessmentDraft
        {
            Id = AssessmentStorage.NewId(),
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            OwnerId = client.OwnerId,
            ClientId = client.Id,
            AnswersJson = System.Text.Json.JsonSerializer.Serialize(answers, Questionnaire.Json),
        };
        db.Drafts.Add(draft);
        await db.SaveChangesAsync();
        return draft;
    }
}
