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

/// <summary>The questionnaire's steps, in order; each asks the answers whose <see cref="Question.Step"/> is its slug.</summary>
public static class Questionnaire
{
    public sealed record StepInfo(string Slug, string Title)
    {
        public IReadOnlyList<Question> Questions { get; } = Domain.Assessment.Questions.OnStep(Slug);
    }

    public static readonly StepInfo Business = new(QuestionSteps.Business, "Your business");
    public static readonly StepInfo Work = new(QuestionSteps.Work, "The work");
    public static readonly StepInfo Skills = new(QuestionSteps.Skills, "Skills and budget");
    public static readonly StepInfo Location = new(QuestionSteps.Location, "Location and constraints");
    public static readonly StepInfo Check = new("check", "Check your answers");

    public static readonly StepInfo[] Steps = [Business, Work, Skills, Location, Check];

    public static StepInfo StepOf(string field) => Steps.First(s => s.Questions.Any(q => q.Name == field));

    public static string Url(string draftId, StepInfo step) => $"/assessment/{draftId}/{step.Slug}";

    public static readonly JsonSerializerOptions Json = new(AssessmentStorage.Json)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static AssessmentInput Read(AssessmentDraft draft) =>
        JsonSerializer.Deserialize<AssessmentInput>(draft.AnswersJson, Json) ?? new AssessmentInput();
}

/// <summary>
/// A step between the first and the check page (skills, location): it shows the draft's answers, and a valid form
/// saves this step's answers and goes on to the next step in <see cref="Questionnaire.Steps"/>.
/// </summary>
public abstract class MiddleStepPageModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock)
    : StepPageModel(db, store, validator, clock)
{
    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        Show(Questionnaire.Read(draft));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        if (!await TakeStepAsync(Questionnaire.Read(draft))) return Page();
        await SaveDraftAsync(draft, Answers);
        return GoTo(Questionnaire.Steps[Array.IndexOf(Questionnaire.Steps, Step) + 1]);
    }
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

    /// <summary>The catalogue this request shows: the current version, read once so the whole page agrees.</summary>
    public Domain.Catalogue.AdvisorCatalogue Catalogue => _catalogue ??= Store.Current;
    private Domain.Catalogue.AdvisorCatalogue? _catalogue;
    protected TimeProvider Clock { get; } = clock;

    public abstract Questionnaire.StepInfo Step { get; }

    [FromRoute]
    public string? DraftId { get; set; }

    /// <summary>All answers so far (the draft with this step's input laid over it).</summary>
    public AssessmentInput Answers { get; protected set; } = new();

    /// <summary>The form: only this step's answers are taken from it (see <see cref="TakeStepAsync"/>).</summary>
    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    public string? ResumeUrl => DraftId is null ? null : Security.PublicUrls.Absolute(HttpContext, Questionnaire.Url(DraftId, Questionnaire.Business));

    public string? BackUrl
    {
        get
        {
            var i = Array.IndexOf(Questionnaire.Steps, Step);
            return i <= 0 || DraftId is null ? null : Questionnaire.Url(DraftId, Questionnaire.Steps[i - 1]);
        }
    }

    public bool HasErrors => !ModelState.IsValid;

    /// <summary>The country table the location questions offer (countries.json), null in a catalogue without one.</summary>
    public Domain.Countries.CountryTable? Countries => Store.Current.Countries;

    /// <summary>
    /// The currency the budgets are asked in: the one they were given in, else the report's currency for these
    /// answers (the one chosen, or the country's own where the catalogue has a rate for it), else US dollars.
    /// </summary>
    public Domain.Countries.CurrencyName BudgetCurrency => BudgetCurrencyOf(Answers, Countries);

    public static Domain.Countries.CurrencyName BudgetCurrencyOf(AssessmentInput answers, Domain.Countries.CountryTable? table)
    {
        if (table is null) return Domain.Countries.CurrencyName.UsDollar;
        if (answers.BudgetCurrency is { } given && table.Fx.Offers(given)) return table.CurrencyOf(given);
        var country = table.Find(answers.BusinessCountry) ?? table.Find(table.WageRatio.BaseCountry)!;
        return table.CurrencyOf(answers.Currency is { } chosen && table.Fx.Offers(chosen) ? chosen
            : table.Fx.Offers(country.Currency) ? country.Currency : "USD");
    }

    /// <summary>
    /// Answers the page requires though the API does not (where the business is): the page must know the
    /// country, and its time zone when it has several, rather than fall back to the API's defaults.
    /// </summary>
    private void RequireOnPage(AssessmentInput answers, IEnumerable<Question> questions)
    {
        foreach (var q in questions)
        {
            if (Error(q.Name) is not null || !string.IsNullOrEmpty(answers[q])) continue;
            if (q.RequiredOnPage is { } message) ModelState.AddModelError(Key(q.Name), message);
            else if (q.Kind == AnswerKind.TimeZone && Countries?.Find(answers.BusinessCountry) is { TimeZones.Count: > 1 } country)
                ModelState.AddModelError(Key(q.Name), $"{country.Name} has several time zones: choose the one your office keeps.");
        }
    }

    /// <summary>The message for an answer, from ModelState (the one place page errors are kept).</summary>
    public string? Error(string field) => ModelState[Key(field)]?.Errors.FirstOrDefault()?.ErrorMessage;

    /// <summary>Every error, in questionnaire order, for the summary at the top.</summary>
    public IEnumerable<(string Field, string Message)> ErrorList() =>
        Questions.InQuestionnaireOrder.Select(q => (q.Name, Error(q.Name))).Where(e => e.Item2 is not null).Select(e => (e.Name, e.Item2!));

    /// <summary>Where an error in the summary takes you: the field on this page, or the step that asks for it.</summary>
    public virtual string ErrorLink(string field) => $"#Input_{field}";

    protected static string Key(string field) => $"Input.{field}";

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

    /// <summary>The form shows the draft's answers.</summary>
    protected void Show(AssessmentInput answers)
    {
        Answers = answers;
        Input = answers;
    }

    /// <summary>
    /// Lays this step's answers from the form over the draft and checks them: a value that did not bind (a budget
    /// of "abc") gets its question's message, then the shared validator runs. Answers the step does not ask for
    /// are ignored, so a step cannot change them.
    /// </summary>
    protected async Task<bool> TakeStepAsync(AssessmentInput merged)
    {
        var asked = Step.Questions.Select(q => Key(q.Name)).ToHashSet();
        foreach (var key in ModelState.Keys.Where(k => !asked.Contains(k)).ToList()) ModelState.Remove(key);
        foreach (var q in Step.Questions)
        {
            if (ModelState[Key(q.Name)] is { Errors.Count: > 0 } entry)
            {
                entry.Errors.Clear();
                entry.Errors.Add(q.NotANumber ?? $"Check your answer to “{q.Summary}”.");
            }
            var value = Input[q];
            merged[q] = q.Kind != AnswerKind.Text ? value : string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
        // A step that asks a budget records the currency it was asked in (the page labels the field with it).
        if (Step.Questions.Any(q => q.Kind == AnswerKind.Money)) merged.BudgetCurrency = BudgetCurrencyOf(merged, Countries).Code;
        Answers = merged;
        var result = await validator.ValidateAsync(merged, HttpContext.RequestAborted);
        foreach (var error in result.Errors)
            if (asked.Contains(Key(error.PropertyName)) && Error(error.PropertyName) is null)
                ModelState.AddModelError(Key(error.PropertyName), error.ErrorMessage);
        RequireOnPage(merged, Step.Questions);
        return ModelState.IsValid;
    }

    /// <summary>Every answer checked at once (the check page), each error under its answer.</summary>
    protected async Task<bool> ValidateAllAsync(AssessmentInput answers)
    {
        var result = await validator.ValidateAsync(answers, HttpContext.RequestAborted);
        foreach (var error in result.Errors)
            if (Error(error.PropertyName) is null) ModelState.AddModelError(Key(error.PropertyName), error.ErrorMessage);
        RequireOnPage(answers, Questions.All);
        return ModelState.IsValid;
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
        var json = JsonSerializer.Serialize(answers, Questionnaire.Json);
        // Changed answers after submitting are a new question: the next submit makes a new report, and the
        // report already made keeps its own link, unchanged.
        if (json != draft.AnswersJson) draft.AssessmentId = null;
        draft.AnswersJson = json;
        draft.UpdatedAtUtc = now;
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        DraftId = draft.Id;
        return draft;
    }

    protected IActionResult GoTo(Questionnaire.StepInfo step) => Redirect(Questionnaire.Url(DraftId!, step));

    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
        // Drafts hold the owner's answers: never cache them.
        Response.Headers.CacheControl = PageHeaders.NoStore;
        base.OnPageHandlerExecuted(context);
    }
}
