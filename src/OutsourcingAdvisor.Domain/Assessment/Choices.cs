namespace OutsourcingAdvisor.Domain.Assessment;

// The questionnaire's closed answers. Each enum has its wire spelling (kebab-case) in Wire below.
public enum SkillLevel { Basic, Intermediate, Specialist, Expert }
public enum PreferredLocation { Any, Onshore, Nearshore, Offshore }
public enum Goal { CutCosts, FreeUpTime, GainExpertise, ImproveQuality, Innovate, Scale }
public enum Engagement { OneOff, ShortTerm, Ongoing }
public enum WorkScope { SingleTask, WholeProcess }
public enum Reliance { Occasional, Regular, Continuous }
public enum Coverage { BusinessHours, Extended, AroundTheClock }
public enum TimeZoneOverlap { None, Partial, Full }
public enum DataSensitivity { Low, Moderate, High }

/// <summary>Wire names of the answer values, exactly as the API and the forms spell them.</summary>
public static class Wire
{
    public static readonly string[] SkillLevels = ["basic", "intermediate", "specialist", "expert"];
    public static readonly string[] Locations = ["any", "onshore", "nearshore", "offshore"];
    public static readonly string[] Goals = ["cut-costs", "free-up-time", "gain-expertise", "improve-quality", "innovate", "scale"];
    public static readonly string[] Engagements = ["one-off", "short-term", "ongoing"];
    public static readonly string[] Scopes = ["single-task", "whole-process"];
    public static readonly string[] Reliances = ["occasional", "regular", "continuous"];
    public static readonly string[] Coverages = ["business-hours", "extended", "24x7"];
    public static readonly string[] Overlaps = ["none", "partial", "full"];
    public static readonly string[] Sensitivities = ["low", "moderate", "high"];

    public static string Name(SkillLevel v) => SkillLevels[(int)v];
    public static string Name(PreferredLocation v) => Locations[(int)v];
    public static string Name(Goal v) => Goals[(int)v];
    public static string Name(Engagement v) => Engagements[(int)v];
    public static string Name(WorkScope v) => Scopes[(int)v];
    public static string Name(Reliance v) => Reliances[(int)v];
    public static string Name(Coverage v) => Coverages[(int)v];
    public static string Name(TimeZoneOverlap v) => Overlaps[(int)v];
    public static string Name(DataSensitivity v) => Sensitivities[(int)v];

    /// <summary>Parses a wire name into its enum, or null for a value that is not on the list.</summary>
    public static T? Parse<T>(string? value) where T : struct, Enum
    {
        if (value is null) return null;
        var names = NamesOf<T>();
        var i = Array.IndexOf(names, value);
        return i < 0 ? null : (T)(object)i;
    }

    public static string[] NamesOf<T>() where T : struct, Enum => typeof(T) switch
    {
        var t when t == typeof(SkillLevel) => SkillLevels,
        var t when t == typeof(PreferredLocation) => Locations,
        var t when t == typeof(Goal) => Goals,
        var t when t == typeof(Engagement) => Engagements,
        var t when t == typeof(WorkScope) => Scopes,
        var t when t == typeof(Reliance) => Reliances,
        var t when t == typeof(Coverage) => Coverages,
        var t when t == typeof(TimeZoneOverlap) => Overlaps,
        var t when t == typeof(DataSensitivity) => Sensitivities,
        _ => throw new ArgumentOutOfRangeException(nameof(T), typeof(T).Name),
    };
}
