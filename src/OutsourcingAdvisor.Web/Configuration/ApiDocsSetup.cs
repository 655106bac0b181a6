using Microsoft.AspNetCore.Mvc;
using OutsourcingAdvisor.Web.Assessments;
using Scalar.AspNetCore;

namespace OutsourcingAdvisor.Web.Configuration;

public static class ApiDocsSetup
{
    public const string ReferencePath = "/api-reference";

    /// <summary>The OpenAPI document of the JSON API and report downloads (pages and probes are left out).</summary>
    public static IServiceCollection AddAdvisorApiDocs(this IServiceCollection services)
    {
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath is { } p && (p.StartsWith("api/", StringComparison.Ordinal) || p.StartsWith("reports/", StringComparison.Ordinal) || p.StartsWith("shared/", StringComparison.Ordinal));
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "OutsourcingAdvisor API";
                doc.Info.Description = "Answers in, a ranked and explained recommendation out. Every error is application/problem+json.";
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                DescribeResultParts(schema, context.JsonTypeInfo.Type);
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>
    /// What the result's newer parts mean, for the document: these types live in the domain project, which names no
    /// web attributes. The words match docs/api.md.
    /// </summary>
    private static void DescribeResultParts(Microsoft.OpenApi.OpenApiSchema schema, Type type)
    {
        if (type == typeof(OutsourcingAdvisor.Domain.Scoring.LocationLead))
        {
            schema.Description = "How far the recommended location is ahead of the next possible one, on its own: points (null when no other location is possible) "
                + "and strength (clear, moderate or close; a tie is close). Absent for a hire, who works where the owner is, and in results stored before it existed.";
        }
        else if (type == typeof(OutsourcingAdvisor.Domain.Scoring.OnshorePricing)
                 && schema.Properties?.TryGetValue("basis", out var basis) == true && basis is Microsoft.OpenApi.OpenApiSchema basisSchema)
        {
            basisSchema.Description = "How onshore prices were set: as-published (the catalogue's own country, the US), scaled (US prices at the owner's wage level), "
                + "unscaled (US prices: no wage level is known for the country) or local (the sources price this work in the owner's country). Absent in results stored before it existed.";
        }
    }

    /// <summary>
    /// /openapi/v1.json, and the Scalar reference at /api-reference served from the app itself (no CDN, no
    /// telemetry, no web fonts). Its scripts carry a fresh nonce per request, which the CSP names for that page only.
    /// </summary>
    public static WebApplication MapAdvisorApiDocs(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(ReferencePath, o => o
            .WithTitle("OutsourcingAdvisor API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .WithNonce());
        return app;
    }

    /// <summary>The CSP for the reference page: script by this request's nonce; inline styles, which its widgets set.</summary>
    public static string? ReferencePolicy(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ReferencePath) && context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
            ? $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
              "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
            : null;

    /// <summary>What POST /api/assessments takes and answers, for the document (the handler reads the body itself).</summary>
    public static RouteHandlerBuilder DescribeCreate(this RouteHandlerBuilder b) => b
        .WithName("CreateAssessment")
        .WithSummary("Assess answers: 201 with the ranked, explained result")
        .WithDescription("Send an Idempotency-Key header (1-200 printable ASCII characters) to make retries safe: a repeat within 24 hours answers the first result.")
        .Accepts<AssessmentInput>("application/json")
        .Produces<AssessmentResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status500InternalServerError);

    public static RouteHandlerBuilder DescribeGet(this RouteHandlerBuilder b, string name, string summary) => b
        .WithName(name)
        .WithSummary(summary)
        .Produces<AssessmentResponse>(StatusCodes.Status200OK)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status500InternalServerError);
}
