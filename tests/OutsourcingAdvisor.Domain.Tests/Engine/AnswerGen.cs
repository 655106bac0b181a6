using CsCheck;
using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Tests.Engine;

/// <summary>Random valid answers over the real catalogue.</summary>
public static class AnswerGen
{
    private static Gen<T?> OrNull<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((1, Gen.Const<T?>((T?)null)), (3, gen.Select(x => (T?)x)));

    public static readonly Gen<AssessmentAnswers> Answers =
        from slug in Gen.OneOf<string>(TestCatalogue.Real.Categories.Select(c => c.Slug).ToArray())
        from skill in Gen.Enum<SkillLevel>()
        from budget in Gen.Int[1, 10_000_000]
        from location in Gen.Enum<PreferredLocation>()
        from hours in Gen.Int[1, 20_000]
        from goal in OrNull(Gen.Enum<Goal>())
        from engagement in Gen.Enum<Engagement>()
        from scope in OrNull(Gen.Enum<WorkScope>())
        from reliance in OrNull(Gen.Enum<Reliance>())
        from customerFacing in OrNull(Gen.Bool)
        from coverage in OrNull(Gen.Enum<Coverage>())
        from overlap in OrNull(Gen.Enum<TimeZoneOverlap>())
        from sensitivity in OrNull(Gen.Enum<DataSensitivity>())
        from onSite in OrNull(Gen.Bool)
        from preset in Gen.OneOf<string>("balanced", "cost-first", "quality-first")
        from headcount in OrNull(Gen.Int[1, 100_000])
        from total in OrNull(Gen.Int[1, 10_000_000])
        from volume in OrNull(Gen.Int[1, 1_000_000])
        select new AssessmentAnswers
        {
            Headcount = headcount,
            TotalBudget = total,
            Volume = volume,
            TaskType = slug,
            SkillLevel = skill,
            MonthlyBudget = budget,
            Location = location,
            HoursPerMonth = hours,
            Goal = goal,
            Engagement = engagement,
            Scope = scope,
            Reliance = reliance,
            CustomerFacing = customerFacing,
            Coverage = coverage,
            TimeZoneOverlap = overlap,
            DataSensitivity = sensitivity,
            OnSiteRequired = onSite,
            Preset = preset,
        };
}
