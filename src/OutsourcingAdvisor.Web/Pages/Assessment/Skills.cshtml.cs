using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>Step 2: the skill the work needs, the budget, the hours and what to weigh most.</summary>
public sealed class SkillsModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock)
    : StepPageModel(db, store, validator, clock)
{
    public sealed class SkillsInput
    {
        public string? SkillLevel { get; set; }
        public decimal? MonthlyBudget { get; set; }
        public int? HoursPerMonth { get; set; }
        public string? Preset { get; set; }
    }

    private static readonly Dictionary<string, string> BindingMessages = new()
    {
        ["MonthlyBudget"] = "Enter your monthly budget as a number of US dollars, for example 3000.",
        ["HoursPerMonth"] = "Enter the hours per month as a whole number, for example 160.",
    };

    public override Questionnaire.StepInfo Step => Questionnaire.Skills;

    [BindProperty]
    public SkillsInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        Answers = Questionnaire.Read(draft);
        Input = new SkillsInput { SkillLevel = Answers.SkillLevel, MonthlyBudget = Answers.MonthlyBudget, HoursPerMonth = Answers.HoursPerMonth, Preset = Answers.Preset };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadDraftAsync();
        if (draft is null) return DraftGone();
        var merged = Questionnaire.Read(draft);
        merged.SkillLevel = Input.SkillLevel;
        merged.MonthlyBudget = Input.MonthlyBudget;
        merged.HoursPerMonth = Input.HoursPerMonth;
        merged.Preset = string.IsNullOrEmpty(Input.Preset) ? null : Input.Preset;
        Answers = merged;
        if (!await ValidateStepAsync(merged, BindingMessages)) return Page();
        await SaveDraftAsync(draft, merged);
        return GoTo(Questionnaire.Location);
    }
}
