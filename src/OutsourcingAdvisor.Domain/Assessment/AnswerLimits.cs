namespace OutsourcingAdvisor.Domain.Assessment;

/// <summary>
/// The limits on answers, in one place: the question definitions (and so the validator, the form hints and
/// what-if) and the EF Core column sizes read them.
/// </summary>
public static class AnswerLimits
{
    public const int MaxClientNameLength = 120;
    public const decimal MaxMonthlyBudget = 10_000_000m;
    public const int MinHoursPerMonth = 1;
    public const int MaxHoursPerMonth = 20_000;
    /// <summary>One full-time person's month; used when the owner leaves the hours empty.</summary>
    public const int DefaultHoursPerMonth = 160;
    /// <summary>Text boxes accept more than the limit so a long paste gets a clear message rather than being cut.</summary>
    public const int TextInputMaxLength = 200;
}
