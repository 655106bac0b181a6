using FluentValidation;

namespace OutsourcingAdvisor.Web.Assessments;

public static class AssessmentsSetup
{
    public static IServiceCollection AddAdvisorAssessments(this IServiceCollection services)
    {
        // Validators are registered, never wired into model binding: each handler validates by hand.
        services.AddValidatorsFromAssemblyContaining<AssessmentInputValidator>(ServiceLifetime.Singleton);
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
