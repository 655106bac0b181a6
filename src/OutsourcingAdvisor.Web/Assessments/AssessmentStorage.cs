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
    IReadOnlyList<SourceRef> Sources,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AdviceWarning>? Warnings = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CloseCall>? CloseCalls = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OutsourcedAlternative? Alternative = null,
    // Absent from results stored before the owner's country was asked (all of them US-based).
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    OwnerSummary? Owner = null,
    // Absent from results stored before the location's lead was stated on its own.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LocationLead? LocationLead = null);

/// <summary>A source named somewhere in the result, with what a reader needs to look it up (the page, for a reference).</summary>
public sealed record SourceRef(string Id, string Kind, string Title, string? Publisher, int? Year, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url = null);

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

    /// <summary>
    /// The stored result as UTF-8 JSON, written by <see cref="StoredResultJson"/>: the same bytes as
    /// <see cref="Json"/> writes (a test compares them on captured and fresh results), in about two-thirds of the time.
    /// </summary>
    public static byte[] Utf8Of(AssessmentResponse response) =>
        JsonSerializer.SerializeToUtf8Bytes(response, StoredResultJson.Default.AssessmentResponse);

    public static async Task<(AssessmentRecord Record, byte[] Utf8Json)> SaveAsync(
        AdvisorDbContext db, AdvisorCatalogue catalogue, AssessmentInput input, DateTime nowUtc, CancellationToken ct = default, Ownership? owner = null, string? id = null)
    {
        var (record, json) = Build(catalogue, input, nowUtc, owner, id);
        db.Assessments.Add(record);
        await db.SaveChangesAsync(ct);
        return (record, json);
    }

    /// <summary>The same as <see cref="SaveAsync"/> through the group-commit writer (the API's path).</summary>
    public static async Task<(AssessmentRecord Record, byte[] Utf8Json)> SaveAsync(
        AssessmentWriter writer, AdvisorCatalogue catalogue, AssessmentInput input, DateTime nowUtc, CancellationToken ct = default)
    {
        var (record, json) = Build(catalogue, input, nowUtc, owner: null, id: null);
        await writer.WriteAsync(record, ct);
        return (record, json);
    }

    /// <summary>What a submission builds before it is stored: the engine's result, guidance, sources and the JSON (internal for the benchmarks).</summary>
    internal static (AssessmentRecord Record, byte[] Utf8Json) Build(AdvisorCatalogue catalogue, AssessmentInput input, DateTime nowUtc, Ownership? owner, string? id)
    {
        // The engine reads no clock: the date shared hours are worked out for is today's, passed in.
        var answers = input.ToAnswers() with { AssessedOn = DateOnly.FromDateTime(nowUtc) };
        var result = ScoringEngine.Assess(answers, catalogue);
        id ??= NewId();
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
            SourcesOf(result, guidance, catalogue),
            result.Warnings,
            result.CloseCalls,
            result.Alternative,
            result.Owner,
            result.LocationLead);
        var json = Utf8Of(response);
        var record = new AssessmentRecord
        {
            Id = id,
            // Full precision here so scenarios made in the same second still list in order.
            CreatedAtUtc = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc),
            CatalogueVersion = result.CatalogueVersion,
            TaskType = answers.TaskType,
            Model = Domain.Assessment.Wire.Name(result.Recommendation.Model),
            Location = Domain.Assessment.Wire.Name(result.Recommendation.Location),
            ClientName = answers.ClientName,
            OwnerId = owner?.OwnerId,
            ClientId = owner?.ClientId,
            PreparedBy = owner?.PreparedBy,
            Firm = owner?.Firm,
            ResultJson = System.Text.Encoding.UTF8.GetString(json),
        };
        return (record, json);
    }

    /// <summary>The stored result, read by <see cref="StoredResultJson"/> (no reflection-emitted accessors).</summary>
    public static AssessmentResponse Read(AssessmentRecord record) =>
        JsonSerializer.Deserialize(record.ResultJson, StoredResultJson.Default.AssessmentResponse)
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
        if (result.Cost.Provider is { } p)
            foreach (var s in new[] { p.KindSource, p.PricingSource }) if (s is not null) ids.Add(s);
        foreach (var w in result.Warnings ?? []) ids.Add(w.Source);
        foreach (var n in guidance.ModelStrengths.Concat(guidance.ModelRisks).Concat(guidance.LocationStrengths)
                     .Concat(guidance.LocationRisks).Concat(guidance.FirstSteps))
            ids.Add(n.Source);
        var countryIds = new HashSet<string>(StringComparer.Ordinal);
        if (result.Owner is { } owner)
        {
            countryIds.UnionWith(owner.Onshore.Sources);
            countryIds.Add(owner.Money.RateSource);
            foreach (var band in owner.Bands) foreach (var e in band.Examples) foreach (var r in e.Reasons) countryIds.Add(r.Source);
        }
        ids.UnionWith(countryIds);
        var index = SourceIndex.Of(catalogue);
        return [.. index.InOrder(index.Catalogue, ids), .. index.InOrder(index.Countries, countryIds)];
    }

    /// <summary>
    /// Each catalogue's sources as they are listed in results, made once per catalogue (it never changes): a
    /// result's list is then its ids looked up and put in catalogue order, not a pass over every source.
    /// </summary>
    private sealed class SourceIndex
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AdvisorCatalogue, SourceIndex> ByCatalogue = new();

        public required Dictionary<string, (int Order, SourceRef Ref)> Catalogue { get; init; }
        public required Dictionary<string, (int Order, SourceRef Ref)> Countries { get; init; }

        public static SourceIndex Of(AdvisorCatalogue catalogue) =>
            ByCatalogue.TryGetValue(catalogue, out var index) ? index : ByCatalogue.GetValue(catalogue, c => new SourceIndex
            {
                Catalogue = Index(c.Sources.Select(s => new SourceRef(s.Id, s.Kind, s.Title, s.Publisher, s.Year, s.Url))),
                Countries = Index((c.Countries?.Sources ?? []).Select(s => new SourceRef(s.Id, "reference", s.Title, s.Publisher, s.Year, s.Url))),
            });

        // Ids are unique within each list and the lists share none: the seed readers refuse both.
        private static Dictionary<string, (int, SourceRef)> Index(IEnumerable<SourceRef> sources)
        {
            var index = new Dictionary<string, (int, SourceRef)>(StringComparer.Ordinal);
            foreach (var (source, i) in sources.Select((s, i) => (s, i))) index.TryAdd(source.Id, (i, source));
            return index;
        }

        public IEnumerable<SourceRef> InOrder(Dictionary<string, (int Order, SourceRef Ref)> index, HashSet<string> ids)
        {
            var found = new List<(int Order, SourceRef Ref)>(ids.Count);
            foreach (var id in ids) if (index.TryGetValue(id, out var entry)) found.Add(entry);
            found.Sort((x, y) => x.Order.CompareTo(y.Order));
            return found.Select(f => f.Ref);
        }
    }
}

/// <summary>The source-generated writer and reader of stored results and answers, with the options of <see cref="AssessmentStorage.Json"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.Strict, DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(KeptBandsConverter)])]
[JsonSerializable(typeof(AssessmentResponse))]
[JsonSerializable(typeof(List<BandExamples>))]
internal sealed partial class StoredResultJson : JsonSerializerContext;

/// <summary>
/// Writes the owner's band examples (about a third of a stored result) as bytes kept per list: the engine hands every
/// result of the same owner, date and catalogue the same list (<c>OwnerSummaries.BandsOf</c>), so they are serialized
/// once, by the same context's writer for <c>List&lt;BandExamples&gt;</c> (this converter is for the interface type
/// only), and copied after that. Reading is the generated reader's.
/// </summary>
internal sealed class KeptBandsConverter : JsonConverter<IReadOnlyList<BandExamples>>
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<BandExamples>, byte[]> Kept = new();

    public override IReadOnlyList<BandExamples>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, StoredResultJson.Default.ListBandExamples);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<BandExamples> value, JsonSerializerOptions options) =>
        writer.WriteRawValue(Kept.GetValue(value, static v => JsonSerializer.SerializeToUtf8Bytes(v as List<BandExamples> ?? [.. v], StoredResultJson.Default.ListBandExamples)),
            skipInputValidation: true);
}
