using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Assessments;

/// <summary>
/// Who may see what. An owner's anonymous assessment is reachable by its unguessable link alone; a consultant's
/// assessments, clients, drafts and shares only by that consultant. Anything else is treated as not found, and
/// the refusal is logged with ids only.
/// </summary>
public static class Access
{
    public static bool CanSee(ClaimsPrincipal user, string? ownerId) => ownerId is null || ownerId == user.UserId();

    /// <summary>The assessment if this user may see it; null (answer 404) otherwise.</summary>
    public static async Task<AssessmentRecord?> AssessmentAsync(AdvisorDbContext db, HttpContext http, string id)
    {
        var record = await AssessmentLookup.FindAsync(db, id, http.RequestAborted);
        if (record is null || CanSee(http.User, record.OwnerId)) return record;
        Refused(http, "assessment");
        return null;
    }

    /// <summary>The stored result as UTF-8 JSON if this user may see it; null (answer 404) otherwise.</summary>
    public static async Task<byte[]?> AssessmentJsonAsync(AdvisorDbContext db, HttpContext http, string id)
    {
        if (await AssessmentLookup.FindJsonAsync(db, id, http.RequestAborted) is not { } found) return null;
        if (CanSee(http.User, found.OwnerId)) return found.Utf8Json;
        Refused(http, "assessment");
        return null;
    }

    /// <summary>The consultant's own client, or null.</summary>
    public static async Task<ClientRecord?> ClientAsync(AdvisorDbContext db, HttpContext http, int id)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted);
        if (client is null || client.OwnerId == http.User.UserId()) return client;
        Refused(http, "client");
        return null;
    }

    public static void Refused(HttpContext http, string kind) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("OutsourcingAdvisor.Access")
            .LogWarning("Refused access to a {Kind} that belongs to another account (user {UserId})", kind, http.User.UserId() ?? "anonymous");
}
