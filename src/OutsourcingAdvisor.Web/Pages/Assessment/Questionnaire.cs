using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>The questionnaire's steps, in order, with the answers each one asks for.</summary>
public static class Questionnaire
{
    public sealed record StepInfo(string Slug, string Title, string[] Fields);

    public static readonly StepInfo Work = new("work", "The work",
        [nameof(AssessmentInput.TaskType), nameof(AssessmentInput.Engagement), nameof(AssessmentInput.Scope), nameof(AssessmentInput.Reliance), nameof(AssessmentInput.Goal)]);
    public static readonly StepInfo Skills = new("skills", "Skills and budget",
        [nameof(AssessmentInput.SkillLevel), nameof(AssessmentInput.MonthlyBudget), nameof(AssessmentInput.HoursPerMonth), nameof(AssessmentInput.Preset)]);
    public static readonly StepInfo Location = new("location", "Location and constraints",
        [nameof(AssessmentInput.Location), nameof(AssessmentInput.TimeZoneOverlap), nameof(AssessmentInput.Coverage), nameof(AssessmentInput.CustomerFacing),
         nameof(AssessmentInput.DataSensitivity), nameof(AssessmentInput.OnSiteRequired), nameof(AssessmentInput.ClientName)]);
    public static readonly StepInfo Check = new("check", "Check your answers", []);

    public static readonly StepInfo[] Steps = [Work, Skills, Location, Check];

    public static StepInfo StepOf(string field) => Steps.First(s => s.Fields.Contains(field));

    public static string Url(string draftId, StepInfo step) => $"/assessment/{draftId}/{step.Slug}";

    public static readonly JsonSerializerOptions Json = new(AssessmentStorage.Json)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static AssessmentInput Read(AssessmentDraft draft) =>
        JsonSerializer.Deserialize<AssessmentInput>(draft.AnswersJson, Json) ?? new AssessmentInput();
}

/// <summary>
/// What every step page shares: loading the draft behind the resume link, checking the step's answers with the
/// one validator, and saving them. Each page binds only its own input model, so a step cannot change answers
/// it does not ask for.
/// </summary>
public abstract class StepPageModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock) : PageModel
{
    protected AdvisorDbContext Db { get; } = db;
    protected CatalogueStore Store { get; } = store;
    protected TimeProvider Clock { get; } = clock;

    public abstract Questionnaire.StepInfo Step { get; }

    [FromRoute]
    public string? DraftId { get; set; }

    /// <summary>All answers so far (the draft with this step's input laid over it).</summary>
    public AssessmentInput Answers { get; protected set; } = new();

    /// <summary>Field name (AssessmentInput property) → message, in the order the fields appear.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public string? ResumeUrl => DraftId is null ? null : Security.PublicUrls.Absolute(HttpContext, Questionnaire.Url(DraftId, Questionnaire.Work));

    public string? BackUrl
    {
        get
        {
            var i = Array.IndexOf(Questionnaire.Steps, Step);
            return i <= 0 || DraftId is null ? null : Questionnaire.Url(DraftId, Questionnaire.Steps[i - 1]);
        }
    }

    public string? Error(string field) => Errors.GetValueOrDefault(field);

    /// <summary>Where an error in the summary takes you: the field on this page, or the step that asks for it.</summary>
    public virtual string ErrorLink(string field) => $"#Input_{field}";

    /// <summary>The draft behind the link, or null when there is none or it has expired.</summary>
    protected async Task<AssessmentDraft?> LoadDraftAsync()
    {
        if (DraftId is null) return null;
        var draft = await Db.Drafts.FirstOrDefaultAsync(d => d.Id == DraftId, HttpContext.RequestAborted);
        if (draft is null || draft.ExpiresAtUtc < Clock.GetUtcNow().UtcDateTime) return null;
        if (!Access.CanSee(User, draft.OwnerId))
        {
            Access.Refused(HttpContext, "draft");
            return null;
        }
        return draft;
    }

    /// <summary>A friendly 404 for a resume link that is unknown or older than 30 days.</summary>
    protected IActionResult DraftGone() => NotFound();

    /// <summary>Binding failures (a budget of "abc") first, then the shared validator on this step's fields.</summary>
    protected async Task<bool> ValidateStepAsync(AssessmentInput merged, IReadOnlyDictionary<string, string> bindingMessages)
    {
        foreach (var field in Step.Fields)
            if (ModelState[$"Input.{field}"] is { Errors.Count: > 0 } && bindingMessages.TryGetValue(field, out var message))
                Errors[field] = message;
        var result = await validator.ValidateAsync(merged, HttpContext.RequestAborted);
        foreach (var error in result.Errors)
            if (Step.Fields.Contains(error.PropertyName))
                Errors.TryAdd(error.PropertyName, error.ErrorMessage);
        // Keep the order of the form in the summary.
        var ordered = Step.Fields.Where(Errors.ContainsKey).Select(f => (f, Errors[f])).ToList();
        Errors.Clear();
        foreach (var (f, m) in ordered) Errors[f] = m;
        return Errors.Count == 0;
    }

    /// <summary>
    /// Whether this caller may start another draft: anonymous callers start at most Drafts:PerAddressPerDay from
    /// one client address in 24 hours (a consultant's drafts belong to their account and are not capped).
    /// </summary>
    protected async Task<bool> MayStartDraftAsync()
    {
        if (User.UserId() is not null) return true;
        var limit = HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.DraftSettings>>().Value.PerAddressPerDay;
        var key = Security.ClientKeys.Address(HttpContext);
        var since = Clock.GetUtcNow().UtcDateTime.AddDays(-1);
        return await Db.Drafts.CountAsync(d => d.ClientKey == key && d.CreatedAtUtc > since, HttpContext.RequestAborted) < limit;
    }

    /// <summary>429 with a page that says why and what to do.</summary>
    protected IActionResult TooManyDrafts()
    {
        HttpContext.Items[Status.IndexModel.MessageKey] = ("Too many questionnaires started",
            "Many questionnaires have been started from your network today. Finish one you have already started (use its resume link), or try again tomorrow.");
        return StatusCode(StatusCodes.Status429TooManyRequests);
    }

    /// <summary>Stores the answers under the draft, creating it (and its resume link) on the first save.</summary>
    protected async Task<AssessmentDraft> SaveDraftAsync(AssessmentDraft? draft, AssessmentInput answers)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        if (draft is null)
        {
            draft = new AssessmentDraft
            {
                Id = AssessmentStorage.NewId(), CreatedAtUtc = now, AnswersJson = "{}",
                ClientKey = User.UserId() is null ? Security.ClientKeys.Address(HttpContext) : null,
            };
            Db.Drafts.Add(draft);
        }
        draft.AnswersJson = JsonSerializer.Serialize(answers, Questionnaire.Json);
        draft.UpdatedAtUtc = now;
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        DraftId = draft.Id;
        return draft;
    }

    protected IActionResult GoTo(Questionnaire.StepInfo step) => Redirect(Questionnaire.Url(DraftId!, step));

    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
        // Drafts hold the owner's answers: never cache them.
        Response.Headers.CacheControl = "no-store";
        base.OnPageHandlerExecuted(context);
    }
}
