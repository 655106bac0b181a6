namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// What a consultant adds to one of their assessments: a name, an own summary and a note (printed apart from the
/// engine's advice, which is never altered), and whether it is archived. Absent until the consultant sets one.
/// </summary>
public sealed class ScenarioDetails
{
    public const int MaxNameLength = 120;
    public const int MaxSummaryLength = 1000;
    public const int MaxNoteLength = 4000;

    public required string AssessmentId { get; set; }
    public required string OwnerId { get; set; }
    /// <summary>Null: the default name made from the result (see <c>ScenarioNames.Default</c>).</summary>
    public string? Name { get; set; }
    public string? Summary { get; set; }
    public string? Note { get; set; }
    public DateTime? ArchivedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>A consultant's firm brand, shown on their reports, comparisons and shared pages.</summary>
public sealed class FirmBrand
{
    /// <summary>A logo is a small mark, not a photograph: 100 KB keeps reports light.</summary>
    public const int MaxLogoBytes = 100 * 1024;

    public required string OwnerId { get; set; }
    public byte[]? Logo { get; set; }
    /// <summary><c>image/png</c> or <c>image/svg+xml</c>, from the file's content, never from the upload's header.</summary>
    public string? LogoContentType { get; set; }
    /// <summary>#rrggbb, checked for WCAG AA contrast on the backgrounds it is used on.</summary>
    public string? AccentColour { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>A read-only link to a comparison of 2 to 4 scenarios: unguessable, revocable, expiring.</summary>
public sealed class ComparisonShareLink
{
    public required string Token { get; set; }
    public required string OwnerId { get; set; }
    /// <summary>The compared assessment ids, in the order compared, separated by spaces.</summary>
    public required string AssessmentIds { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}
