using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Api;

public static class AssessmentsApi
{
    public static WebApplication MapAssessmentsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/assessments");
        group.MapPost("/", Create).RequireRateLimiting(RateLimitSetup.Submissions).DescribeCreate();
        group.MapGet("/{id}", Get).DescribeGet("GetAssessment", "The stored result, byte for byte as created");
        return app;
    }

    /// <summary>Checks the answers, runs the engine, stores both and answers 201 with the stored body.</summary>
    private static async Task<IResult> Create(
        HttpContext http, AssessmentWriter writer, AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!http.Request.HasJsonContentType())
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the answers as JSON.", detail: "Use the Content-Type application/json.");

        // Size first (the answers fit in a few hundred bytes), then syntax (a broken body), then types.
        var body = await ReadBodyAsync(http);
        if (body.Problem is not null) return body.Problem;

        // A repeated Idempotency-Key answers what the first request got, before anything else is done.
        var (keyProblem, idempotency) = ReadIdempotencyKey(http, body.Bytes);
        if (keyProblem is not null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { [IdempotencyHeader] = [keyProblem] });
        var now = clock.GetUtcNow().UtcDateTime;
        if (idempotency is not null)
        {
            if (await ReplayAsync(http, db, idempotency.Value, now) is { } replay) return replay;
            // An expired key is free again (the clean-up may not have removed it yet).
            var keyHash = idempotency.Value.KeyHash;
            await db.IdempotencyKeys.Where(k => k.Id == keyHash && k.ExpiresAtUtc <= now).ExecuteDeleteAsync(http.RequestAborted);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.Bytes);
        }
        catch (JsonException)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body is not valid JSON."] });
        }

        AssessmentInput? input;
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the answers as a JSON object."] });
            try
            {
                input = document.Deserialize(StoredResultJson.Default.AssessmentInput);
            }
            catch (JsonException ex)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    [FieldOf(ex.Path)] = ["This value has the wrong type: check quotes, numbers and true/false."],
                });
            }
        }
        if (input is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the answers as a JSON object."] });

        var validation = await validator.ValidateAsync(input, http.RequestAborted);
        if (!validation.IsValid)
            return Results.ValidationProblem(validation.Errors
                .GroupBy(e => CamelCase(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));

        if (idempotency is null)
        {
            // No key: the group-commit writer, so concurrent submissions share one durable commit.
            var (written, writtenJson) = await AssessmentStorage.SaveAsync(writer, store.Current, input, now, http.RequestAborted);
            http.Response.Headers.Location = $"/api/assessments/{written.Id}";
            return Results.Text(writtenJson, "application/json", StatusCodes.Status201Created);
        }
        var claim = new IdempotencyRecord
        {
            Id = idempotency.Value.KeyHash, RequestHash = idempotency.Value.BodyHash, AssessmentId = AssessmentStorage.NewId(),
            CreatedAtUtc = now, ExpiresAtUtc = now + IdempotencyRecord.Lifetime,
        };
        db.IdempotencyKeys.Add(claim);
        try
        {
            // The key's row and the assessment are saved together: a repeat racing this one fails on the key.
            var (record, json) = await AssessmentStorage.SaveAsync(db, store.Current, input, now, http.RequestAborted, id: claim.AssessmentId);
            http.Response.Headers.Location = $"/api/assessments/{record.Id}";
            return Results.Text(json, "application/json", StatusCodes.Status201Created);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await ReplayAsync(http, db, idempotency.Value, now) ?? throw new InvalidOperationException("An idempotency key clashed but its row is gone.");
        }
    }

    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>
    /// Reads the Idempotency-Key header: absent is fine; present, it must be 1 to 200 printable ASCII characters.
    /// Keys are scoped to the caller's account (or to anonymous callers) and bound to the body they came with.
    /// </summary>
    private static (string? Problem, (string KeyHash, string BodyHash)? Key) ReadIdempotencyKey(HttpContext http, ReadOnlyMemory<byte> body)
    {
        if (!http.Request.Headers.TryGetValue(IdempotencyHeader, out var values)) return (null, null);
        var key = values.Count == 1 ? values[0] : null;
        if (string.IsNullOrEmpty(key) || key.Length > IdempotencyRecord.MaxKeyLength || key.Any(c => c is < '!' or > '~'))
            return ($"Send one {IdempotencyHeader} of 1 to {IdempotencyRecord.MaxKeyLength} printable ASCII characters (a UUID is a good choice).", null);
        var scope = Configuration.IdentitySetup.UserId(http.User) ?? "anonymous";
        var bodyHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body.Span)).ToLowerInvariant();
        return (null, (Security.ClientKeys.Hash("idempotency", $"{scope}\n{key}"), bodyHash));
    }

    /// <summary>The first answer to this key while it lasts: the same assessment, or 422 when the body differs.</summary>
    private static async Task<IResult?> ReplayAsync(HttpContext http, AdvisorDbContext db, (string KeyHash, string BodyHash) key, DateTime now)
    {
        var earlier = await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == key.KeyHash && k.ExpiresAtUtc > now, http.RequestAborted);
        if (earlier is null) return null;
        if (earlier.RequestHash != key.BodyHash)
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: $"This {IdempotencyHeader} was used with other answers.",
                detail: "Use a new key for new answers; a key repeats only the request it was first sent with.");
        var json = await db.Assessments.AsNoTracking().Where(a => a.Id == earlier.AssessmentId).Select(a => a.ResultJson).FirstAsync(http.RequestAborted);
        http.Response.Headers.Location = $"/api/assessments/{earlier.AssessmentId}";
        http.Response.Headers["Idempotent-Replayed"] = "true";
        return Results.Text(json, "application/json", statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> Get(string id, HttpContext http, AdvisorDbContext db)
    {
        http.Response.Headers.CacheControl = "no-store";
        var json = await Access.AssessmentJsonAsync(db, http, id);
        return json is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No assessment has this id.",
                detail: "Check the link; ids are long and easy to cut short when copied.")
            : Results.Bytes(json, "application/json");
    }

    /// <summary>The most an answers body may hold; far above any real one, far below what could tie up the server.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// Reads at most <see cref="MaxBodyBytes"/>: more is 413; a body that ends before its Content-Length (the
    /// client went away) is 400, logged as the client's doing, not as a server error.
    /// </summary>
    private static async Task<(ReadOnlyMemory<byte> Bytes, IResult? Problem)> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBodyBytes) return (default, TooLarge());
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes) return (default, TooLarge());
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException)
        {
            var status = ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AssessmentsApi).FullName!)
                .LogInformation("The answers body could not be read ({Reason}); answered {Status}", ex.GetType().Name, status);
            return (default, status == StatusCodes.Status413PayloadTooLarge ? TooLarge()
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body ended before it was complete.",
                    detail: "Send the whole request again."));
        }
        return (buffer.ToArray(), null);
    }

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large.",
            detail: $"The answers fit in far less than {MaxBodyBytes / 1024} KB; send only the answer fields.");

    /// <summary>"$.monthlyBudget" → "monthlyBudget"; anything not naming a field is about the body as a whole.</summary>
    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$" || !path.StartsWith("$.", StringComparison.Ordinal)) return "body";
        var name = path[2..];
        var cut = name.IndexOfAny(['.', '[']);
        return CamelCase(cut < 0 ? name : name[..cut]);
    }

    public static string CamelCase(string name) =>
        string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
