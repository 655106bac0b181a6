using System.Reflection;
using System.Text.Json.Serialization;

namespace OutsourcingAdvisor.Domain.Assessment;

// The questionnaire's closed answers. Each member carries its wire spelling, the one the API, the forms and
// stored JSON use; Wire reads it from there.
public enum SkillLevel
{
    [JsonStringEnumMemberName("basic")] Basic,
    [JsonStringEnumMemberName("intermediate")] Intermediate,
    [JsonStringEnumMemberName("specialist")] Specialist,
    [JsonStringEnumMemberName("expert")] Expert,
}

public enum PreferredLocation
{
    [JsonStringEnumMemberName("any")] Any,
    [JsonStringEnumMemberName("onshore")] Onshore,
    [JsonStringEnumMemberName("nearshore")] Nearshore,
    [JsonStringEnumMemberName("offshore")] Offshore,
}

public enum Goal
{
    [JsonStringEnumMemberName("cut-costs")] CutCosts,
    [JsonStringEnumMemberName("free-up-time")] FreeUpTime,
    [JsonStringEnumMemberName("gain-expertise")] GainExpertise,
    [JsonStringEnumMemberName("improve-quality")] ImproveQuality,
    [JsonStringEnumMemberName("innovate")] Innovate,
    [JsonStringEnumMemberName("scale")] Scale,
}

public enum Engagement
{
    [JsonStringEnumMemberName("one-off")] OneOff,
    [JsonStringEnumMemberName("short-term")] ShortTerm,
    [JsonStringEnumMemberName("ongoing")] Ongoing,
}

public enum WorkScope
{
    [JsonStringEnumMemberName("single-task")] SingleTask,
    [JsonStringEnumMemberName("whole-process")] WholeProcess,
}

public enum Reliance
{
    [JsonStringEnumMemberName("occasional")] Occasional,
    [JsonStringEnumMemberName("regular")] Regular,
    [JsonStringEnumMemberName("continuous")] Continuous,
}

public enum Coverage
{
    [JsonStringEnumMemberName("business-hours")] BusinessHours,
    [JsonStringEnumMemberName("extended")] Extended,
    [JsonStringEnumMemberName("24x7")] AroundTheClock,
}

public enum TimeZoneOverlap
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("partial")] Partial,
    [JsonStringEnumMemberName("full")] Full,
}

public enum DataSensitivity
{
    [JsonStringEnumMemberName("low")] Low,
    [JsonStringEnumMemberName("moderate")] Moderate,
    [JsonStringEnumMemberName("high")] High,
}

/// <summary>Wire names of enum values, read from their <see cref="JsonStringEnumMemberNameAttribute"/>.</summary>
public static class Wire
{
    public static string Name<T>(T value) where T : struct, Enum => Names<T>.ByValue[value];

    /// <summary>The wire name of an enum value whose type is known only at run time (a CSV cell).</summary>
    public static string Name(Enum value) =>
        value.GetType().GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString();

    /// <summary>Parses a wire name into its enum, or null for a value that is not on the list.</summary>
    public static T? Parse<T>(string? value) where T : struct, Enum =>
        value is not null && Names<T>.ByName.TryGetValue(value, out var v) ? v : null;

    /// <summary>Every wire name of the enum, in declaration order.</summary>
    public static IReadOnlyList<string> NamesOf<T>() where T : struct, Enum => Names<T>.All;

    private static class Names<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> All;
        public static readonly Dictionary<T, string> ByValue = [];
        public static readonly Dictionary<string, T> ByName = new(StringComparer.Ordinal);

        static Names()
        {
            var all = new List<string>();
            foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var name = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                    ?? throw new InvalidOperationException($"{typeof(T).Name}.{field.Name} has no wire name.");
                var value = (T)field.GetValue(null)!;
                ByValue[value] = name;
                ByName[name] = value;
                all.Add(name);
            }
            All = all;
        }
    }
}
