using Microsoft.AspNetCore.Identity;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>A consultant or admin. Name and firm appear on the reports they prepare.</summary>
public sealed class AdvisorUser : IdentityUser
{
    public const int MaxNameLength = 120;

    public string DisplayName { get; set; } = "";
    public string? Firm { get; set; }
}

public static class Roles
{
    public const string Consultant = "consultant";
    public const string Admin = "admin";
}

/// <summary>A consultant's client: a business they prepare assessments for.</summary>
public sealed class ClientRecord
{
    public const int MaxNameLength = 120;
    public const int MaxNotesLength = 2000;

    public int Id { get; set; }
    public required string OwnerId { get; set; }
    public required string Name { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>Set when the consultant archives the client: off the dashboard by default, its reports kept.</summary>
    public DateTime? ArchivedAtUtc { get; set; }
}

/// <summary>A read-only link to one report, for a consultant's client: unguessable, revocable, expiring.</summary>
public sealed class ShareLink
{
    /// <summary>How long an ended link is kept so its reader is told it ended (410), before the clean-up removes it.</summary>
    public static readonly TimeSpan KeptAfterEnd = TimeSpan.FromDays(30);

    public required string Token { get; set; }
    public required string AssessmentId { get; set; }
    public required string OwnerId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}

/// <summary>One change to the catalogue by an admin: who, when, what, the old and new value, and why.</summary>
public sealed class CatalogueAuditEntry
{
    public int Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    /// <summary><c>price</c>, <c>location</c> or <c>preset</c>.</summary>
    public required string Entity { get; set; }
    public required string Key { get; set; }
    public required string OldValue { get; set; }
    public required string NewValue { get; set; }
    public required string Note { get; set; }
    public required string CatalogueVersion { get; set; }
}

/// <summary>
/// Failed sign-ins for one account from one client address, in the current window. Counting per pair means
/// guessing from one address is throttled while nobody elsewhere can lock the real user out. Both keys are
/// hashes: the table holds neither emails nor addresses.
/// </summary>
public sealed class SignInFailure
{
    public required string AccountKey { get; set; }
    public required string AddressKey { get; set; }
    public int Failures { get; set; }
    public DateTime WindowStartUtc { get; set; }
}
