using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>Step 3: where the work may be done from, and what limits that.</summary>
public sealed class LocationModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock)
    : StepPageModel(db, store, validator, clock)
{
    public sealed class LocationInput
    {
        public string? Location { get; set; }
        public string? TimeZoneOverlap { get; set; }
        public string? Coverage { get; set; }
        public bool? CustomerFacing { get; set; }
        public string? DataSensitivity { get; set; }
        public bool? OnSiteRequired { get; set; }
        public string? ClientName { get; set; }
    }

    public override Questionnaire.StepInfo Step => Questionnaire.Location;

    // A yes/no that is neither (a hand-made "yes", "1" or "<b>") is an error, as in the API, not "not answered".
    private static readonly Dictionary<string, string> BindingMessages = new()
    {
        [nameof(AssessmentInput.CustomerFacing)] = "Choose Yes or No for whether the work deals with your customers.",
        [nameof(AssessmentInput.OnSiteRequired)] = "Choose Yes or No for whether someone is needed on site.",
    };

    [BindProperty]
    public LocationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        Answers = Questionnaire.Read(draft);
        Input = new LocationInput
        {
            Location = Answers.Location, TimeZoneOverlap = Answers.TimeZoneOverlap, Coverage = Answers.Coverage,
            CustomerFacing = Answers.CustomerFacing, DataSensitivity = Answers.DataSensitivity,
            OnSiteRequired = Answers.OnSiteRequired, ClientName = Answers.ClientName,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        var merged = Questionnaire.Read(draft);
        merged.Location = Input.Location;
        merged.TimeZoneOverlap = Input.TimeZoneOverlap;
        merged.Coverage = Input.Coverage;
        merged.CustomerFacing = Input.CustomerFacing;
        merged.DataSensitivity = Input.DataSensitivity;
        merged.OnSiteRequired = Input.OnSiteRequired;
        merged.ClientName = string.IsNullOrWhiteSpace(Input.ClientName) ? null : Input.ClientName.Trim();
        Answers = merged;
        if (!await ValidateStepAsync(merged, BindingMessages)) return Page();
        await SaveDraftAsync(draft, merged);
        return GoTo(Questionnaire.Check);
    }
}
