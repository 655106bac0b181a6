using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>
/// One of the consultant's scenarios: its name, the consultant's own summary and note (printed apart from the
/// engine's advice), archive or restore, and the way to delete it.
/// </summary>
public sealed class ScenarioModel(AdvisorDbContext db, TimeProvider clock, CatalogueStore store) : PageModel
{
    public AssessmentRecord Record { get; private set; } = null!;
    public AssessmentResponse Report { get; private set; } = null!;
    public ScenarioDetails? Details { get; private set; }
    public bool Saved { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Note { get; set; }

    private Reports.ReportView View => _view ??= Reports.ReportView.From(Record, names: store.Current.Countries);
    private Reports.ReportView? _view;
    public string DefaultName => ScenarioNames.DefaultName(View);
    public string CurrentName => ScenarioNames.NameOf(View, Details);

    public async Task<IActionResult> OnGetAsync(string id, bool saved = false)
    {
        if (!await LoadAsync(id)) return NotFound();
        Name = Details?.Name;
        Summary = Details?.Summary;
        Note = Details?.Note;
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var name = ScenarioNames.Check(Name, ScenarioDetails.MaxNameLength, "name", multiline: false, out var nameError);
        var summary = ScenarioNames.Check(Summary, ScenarioDetails.MaxSummaryLength, "summary", multiline: true, out var summaryError);
        var note = ScenarioNames.Check(Note, ScenarioDetails.MaxNoteLength, "note", multiline: true, out var noteError);
        if (nameError is not null) ModelState.AddModelError(nameof(Name), nameError);
        if (summaryError is not null) ModelState.AddModelError(nameof(Summary), summaryError);
        if (noteError is not null) ModelState.AddModelError(nameof(Note), noteError);
        if (!ModelState.IsValid) return Page();

        var details = await TrackedDetailsAsync();
        details.Name = name == DefaultName ? null : name;
        details.Summary = summary;
        details.Note = note;
        await db.SaveChangesAsync();
        return Redirect($"/consultant/scenarios/{id}?saved=true");
    }

    public async Task<IActionResult> OnPostArchiveAsync(string id) => await SetArchivedAsync(id, true);

    public async Task<IActionResult> OnPostRestoreAsync(string id) => await SetArchivedAsync(id, false);

    private async Task<IActionResult> SetArchivedAsync(string id, bool archived)
    {
        if (!await LoadAsync(id)) return NotFound();
        var details = await TrackedDetailsAsync();
        details.ArchivedAtUtc = archived ? details.ArchivedAtUtc ?? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync();
        return Redirect(Record.ClientId is { } clientId ? $"/consultant/clients/{clientId}" : $"/consultant/scenarios/{id}");
    }

    private async Task<ScenarioDetails> TrackedDetailsAsync()
    {
        var details = await db.ScenarioDetails.FirstOrDefaultAsync(s => s.AssessmentId == Record.Id);
        if (details is null)
        {
            details = new ScenarioDetails { AssessmentId = Record.Id, OwnerId = Record.OwnerId! };
            db.ScenarioDetails.Add(details);
        }
        details.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        return details;
    }

    private async Task<bool> LoadAsync(string id)
    {
        // Only a consultant's own assessments are scenarios; an owner's anonymous report has no one to name it.
        if (await Access.AssessmentAsync(db, HttpContext, id) is not { OwnerId: not null } record) return false;
        Record = record;
        Report = AssessmentStorage.Read(record);
        Details = await db.ScenarioDetails.AsNoTracking().FirstOrDefaultAsync(s => s.AssessmentId == id);
        Response.Headers.CacheControl = PageHeaders.NoStore;
        return true;
    }
}
