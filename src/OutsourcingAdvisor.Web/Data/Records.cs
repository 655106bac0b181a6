using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// One version of the catalogue: its whole content as one immutable document. The highest id is the current
/// version; a version is never changed once written, a change is a new version made from the last one.
/// </summary>
public sealed class CatalogueVersionRecord
{
    public int Id { get; init; }
    /// <summary>For a seed import, SHA-256 of the seed files (so an unchanged seed imports nothing); for an edit, of the document.</summary>
    public required string ContentHash { get; init; }
    /// <summary><c>seed</c> or <c>edit</c>.</summary>
    public required string Origin { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public string? Note { get; init; }
    /// <summary>The version this one was made from. Unique: two saves based on the same version cannot both land.</summary>
    public int? BasedOnVersionId { get; init; }
    public required CatalogueDocument Document { get; init; }

    /// <summary>How reports and the API name the version: its id and the first hash digits, e.g. "1-3fa9c2d1".</summary>
    public string Label => LabelOf(Id, ContentHash);

    public static string LabelOf(int id, string contentHash) => $"{id}-{contentHash[..8]}";

    public AdvisorCatalogue ToCatalogue() => new(Label, Document);
}

/// <summary>A submitted assessment: the answers, the result as it was computed, and the catalogue version used.</summary>
public sealed class AssessmentRecord
{
    /// <summary>128 random bits, base64url: the unguessable part of the report link.</summary>
    public required string Id { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public required string CatalogueVersion { get; set; }
    public required string TaskType { get; set; }
    public required string Model { get; set; }
    public required string Location { get; set; }
    public string? ClientName { get; set; }
    /// <summary>The consultant who made it; null for an owner's anonymous assessment (reachable by its link only).</summary>
    public string? OwnerId { get; set; }
    public int? ClientId { get; set; }
    /// <summary>The consultant's name and firm as they were when the report was made, printed on it.</summary>
    public string? PreparedBy { get; set; }
    public string? Firm { get; set; }
    /// <summary>The result as the API returns it, answers included, stored so the report reads the same later.</summary>
    public required string ResultJson { get; set; }
}

/// <summary>An unfinished questionnaire, kept server-side under an unguessable id so the owner can resume it.</summary>
public sealed class AssessmentDraft
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    /// <summary>128 random bits, base64url: the resume link's secret.</summary>
    public required string Id { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    /// <summary>The answers so far, as the API spells them.</summary>
    public required string AnswersJson { get; set; }
    /// <summary>For a consultant's scenario: who is filling it in and for which client.</summary>
    public string? OwnerId { get; set; }
    public int? ClientId { get; set; }
    /// <summary>Set once the questionnaire is submitted; a second submit goes to the same report.</summary>
    public string? AssessmentId { get; set; }

    public DateTime ExpiresAtUtc => UpdatedAtUtc + Lifetime;
}
