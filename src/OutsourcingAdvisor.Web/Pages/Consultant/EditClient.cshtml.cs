using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>Change a client's name and notes, or archive it (off the dashboard, its scenarios and links kept).</summary>
public sealed class EditClientModel(AdvisorDbContext db, TimeProvider clock) : PageModel
{
    public ClientRecord Client { get; private set; } = null!;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await Access.ClientAsync(db, HttpContext, id) is not { } client) return NotFound();
        Client = client;
        Name = client.Name;
        Notes = client.Notes;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await Access.ClientAsync(db, HttpContext, id) is not { } client) return NotFound();
        Client = client;
        var name = ClientFields.CheckName(Name, out var nameError);
        var notes = ClientFields.CheckNotes(Notes, out var notesError);
        if (nameError is not null) ModelState.AddModelError(nameof(Name), nameError);
        if (notesError is not null) ModelState.AddModelError(nameof(Notes), notesError);
        if (!ModelState.IsValid) return Page();
        client.Name = name!;
        client.Notes = notes;
        await db.SaveChangesAsync();
        return Redirect($"/consultant/clients/{id}");
    }

    public async Task<IActionResult> OnPostArchiveAsync(int id)
    {
        if (await Access.ClientAsync(db, HttpContext, id) is not { } client) return NotFound();
        client.ArchivedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return Redirect("/consultant?archived-client=" + id);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id)
    {
        if (await Access.ClientAsync(db, HttpContext, id) is not { } client) return NotFound();
        client.ArchivedAtUtc = null;
        await db.SaveChangesAsync();
        return Redirect($"/consultant/clients/{id}");
    }
}

/// <summary>The rules for a client's name and notes, shared by adding and editing a client.</summary>
public static class ClientFields
{
    public static string? CheckName(string? value, out string? error)
    {
        var name = value?.Trim();
        error = string.IsNullOrEmpty(name) ? "Enter the client's name."
            : name.Length > ClientRecord.MaxNameLength ? $"The name can be at most {ClientRecord.MaxNameLength} characters."
            : name.Any(char.IsControl) ? "The name cannot contain control characters."
            : null;
        return name;
    }

    public static string? CheckNotes(string? value, out string? error)
    {
        error = value?.Length > ClientRecord.MaxNotesLength ? $"Notes can be at most {ClientRecord.MaxNotesLength} characters." : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
