using FluentValidation;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages.Assessment;

/// <summary>Step 2: the skill the work needs, the budget, the hours and what to weigh most.</summary>
public sealed class SkillsModel(AdvisorDbContext db, CatalogueStore store, IValidator<AssessmentInput> validator, TimeProvider clock)
    : MiddleStepPageModel(db, store, validator, clock)
{
    public override Questionnaire.StepInfo Step => Questionnaire.Skills;
}
