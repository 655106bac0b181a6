using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Consultant;

/// <summary>The consultant's clients, searchable and paged, and a form to add one.</summary>
public sealed class IndexModel(AdvisorDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    public sealed record ClientRow(int Id, string Name, string? Notes, int Assessments, DateTime? Latest);

    public sealed class NewClientInput
    {
        public string? Name { get; set; }
        public string? Notes { get; set; }
    }

    [BindProperty]
    public NewClientInput Input { get; set; } = new();

    public IReadOnlyList<ClientRow> Clients { get; private set; } = [];
    public string? Query { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Total { get; private set; }
    public Dictionary<string, string> Errors { get; } = [];

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(string? q, int p = 1) => await LoadAsync(q, p);

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) Errors["Name"] = "Enter the client's name.";
        else if (name.Length > ClientRecord.MaxNameLength) Errors["Name"] = $"The name can be at most {ClientRecord.MaxNameLength} characters.";
        else if (name.Any(char.IsControl)) Errors["Name"] = "The name cannot contain control characters.";
        if (Input.Notes?.Length > ClientRecord.MaxNotesLength) Errors["Notes"] = $"Notes can be at most {ClientRecord.MaxNotesLength} characters.";
        if (Errors.Count > 0)
        {
            await LoadAsync(null, 1);
            return Page();
        }
        var client = new ClientRecord { OwnerId = User.UserId()!, Name = name!, Notes = string.IsNullOrWhiteSpace(Input.Notes) ? null : Input.Notes.Trim(), CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.Clients.Add(client);
        await db.SaveChangesAsync();
        return Redirect($"/consultant/clients/{client.Id}");
    }

    private async Task LoadAsync(string? q, int p)
    {
        var me = User.UserId()!;
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var clients = db.Clients.AsNoTracking().Where(c => c.OwnerId == me);
        if (Query is not null) clients = clients.WhereContains(db, Query, c => c.Name, c => c.Notes);
        Total = await clients.CountAsync();
        PageNumber = Math.Clamp(p, 1, Pages);
        Clients = await clients
            .OrderByText(db, c => c.Name).ThenBy(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new ClientRow(c.Id, c.Name, c.Notes,
                db.Assessments.Count(a => a.ClientId == c.Id),
                db.Assessments.Where(a => a.ClientId == c.Id).Max(a => (DateTime?)a.CreatedAtUtc)))
            .ToListAsync();
    }
}
