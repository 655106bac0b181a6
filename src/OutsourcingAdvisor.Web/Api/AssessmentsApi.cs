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
        group.MapPost("/", Create).RequireRateLimiting(RateLimitSetup.Submissions);
        group.MapGet("/{id}", Get);
        return app;
    }

    /// <summary>Checks the answers, runs the engine, stores both and answers 201 with the stored body.</summary>
    private static async Task<IResult> Create(
        HttpContext http, AssessmentWriter writer, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!http.Request.HasJsonContentType())
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the answers as JSON.", detail: "Use the Content-Type application/json.");

        // Syntax first (a broken body), then types (a field with the wrong kind of value).
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
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
                input = document.Deserialize<AssessmentInput>(AssessmentStorage.Json);
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

        var (record, json) = await AssessmentStorage.SaveAsync(writer, store.Current, input, clock.GetUtcNow().UtcDateTime, http.RequestAborted);
        http.Response.Headers.Location = $"/api/assessments/{record.Id}";
        return Results.Text(json, "application/json", statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> Get(string id, HttpContext http, AdvisorDbContext db)
    {
        http.Response.Headers.CacheControl = "no-store";
        var json = (await Access.AssessmentAsync(db, http, id))?.ResultJson;
        return json is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No assessment has this id.",
                detail: "Check the link; ids are long and easy to cut short when copied.")
            : Results.Text(json, "application/json");
    }

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
