using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Assessments;

/// <summary>The body of an assessment as the API returns it and as it is stored, so later reads are identical.</summary>
public sealed record AssessmentResponse(
    string Id,
    string ReportUrl,
    DateTime CreatedAt,
    string CatalogueVersion,
    string Preset,
    string TaskName,
    RecommendedOption Recommendation,
    double Lead,
    LeadStrength LeadStrength,
    IReadOnlyList<ModelScore> Models,
    IReadOnlyList<LocationScore> Locations,
    CostSummary Cost,
    IReadOnlyList<WhatIfChange> WhatIf,
    string? PreferenceNote,
    Guidance Guidance,
    AssessmentInput Answers,
    IReadOnlyList<SourceRef> Sources);

/// <summary>A source named somewhere in the result, with what a reader needs to look it up.</summary>
public sealed record SourceRef(string Id, string Kind, string Title, string? Publisher, int? Year);

/// <summary>Whose assessment it is: the consultant, the client, and the name and firm printed on the report.</summary>
public sealed record Ownership(string OwnerId, int? ClientId, string? PreparedBy, string? Firm);

/// <summary>Runs the engine on checked answers and stores answers and result together.</summary>
public static class AssessmentStorage
{
    /// <summary>camelCase; numbers must be numbers (a budget sent as "4000" is a wrong type, not a budget).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>128 random bits as base64url: a report id nobody can guess.</summary>
    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static async Task<(AssessmentRecord Record, string Json)> SaveAsync(
        AdvisorDbContext db, AdvisorCatalogue catalogue, AssessmentInput input, DateTime nowUtc, CancellationToken ct = default, Ownership? owner = null)
    {
        var answers = input.ToAnswers();
        var result = ScoringEngine.Assess(answers, catalogue);
        var id = NewId();
        var normalized = AssessmentInput.From(answers);
        var guidance = AdviceGuidance.For(result, answers, catalogue);
        var response = new AssessmentResponse(
            id,
            $"/reports/{id}",
            DateTime.SpecifyKind(new DateTime(nowUtc.Ticks - nowUtc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
            result.CatalogueVersion,
            result.Preset,
            catalogue.CategoryFor(answers.TaskType)!.Name,
            result.Recommendation,
            result.Lead,
            result.LeadStrength,
            result.Models,
            result.Locations,
            result.Cost,
            result.WhatIf,
            result.PreferenceNote,
            guidance,
            normalized,
            SourcesOf(result, guidance, catalogue));
        var json = JsonSerializer.Serialize(response, Json);
        var record = new AssessmentRecord
        {
            Id = id,
            // Full precision here so scenarios made in the same second still list in order.
            CreatedAtUtc = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc),
            CatalogueVersion = result.CatalogueVersion,
            TaskType = answers.TaskType,
            Model = Domain.Assessment.Wire.Name(result.Recommendation.Model),
            Location = result.Recommendation.Location,
            ClientName = answers.ClientName,
            OwnerId = owner?.OwnerId,
            ClientId = owner?.ClientId,
            PreparedBy = owner?.PreparedBy,
            Firm = owner?.Firm,
            ResultJson = json,
        };
        db.Assessments.Add(record);
        await db.SaveChangesAsync(ct);
        return (record, json);
    }

    public static AssessmentResponse Read(AssessmentRecord record) =>
        JsonSerializer.Deserialize<AssessmentResponse>(record.ResultJson, Json)
        ?? throw new InvalidDataException($"Assessment {record.Id} has no stored result.");

    /// <summary>Every source a reason, the cost or a location note leans on, in catalogue order.</summary>
    private static List<SourceRef> SourcesOf(AssessmentResult result, Guidance guidance, AdvisorCatalogue catalogue)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in result.Models) foreach (var r in m.Reasons) ids.Add(r.Source);
        foreach (var l in result.Locations)
        {
            foreach (var r in l.Reasons) ids.Add(r.Source);
            foreach (var r in l.Exclusions) ids.Add(r.Source);
        }
        foreach (var s in result.Cost.Sources) ids.Add(s);
        foreach (var n in guidance.ModelStrengths.Concat(guidance.ModelRisks).Concat(guidance.LocationStrengths)
                     .Concat(guidance.LocationRisks).Concat(guidance.FirstSteps))
            ids.Add(n.Source);
        return [.. catalogue.Sources.Where(s => ids.Contains(s.Id)).Select(s => new SourceRef(s.Id, s.Kind, s.Title, s.Publisher, s.Year))];
    }
}
