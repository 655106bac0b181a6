using System.Text.Json.Serialization;
using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>The ways to get the work done that the engine ranks, with the names stored results use.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ModelOption>))]
public enum ModelOption
{
    [JsonStringEnumMemberName("bpo")] Bpo,
    [JsonStringEnumMemberName("kpo")] Kpo,
    [JsonStringEnumMemberName("project")] Project,
    [JsonStringEnumMemberName("in-house")] InHouse,
}

/// <summary>How far the recommended model leads the runner-up, against the thresholds in the weights file.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LeadStrength>))]
public enum LeadStrength
{
    [JsonStringEnumMemberName("clear")] Clear,
    [JsonStringEnumMemberName("moderate")] Moderate,
    [JsonStringEnumMemberName("close")] Close,
}

/// <summary>Where an outside provider delivers from.</summary>
public enum LocationOption { Onshore, Nearshore, Offshore }

/// <summary>How hard a criterion pushes an option; the points per step come from the weights file.</summary>
public enum Push { StrongAgainst = -3, ModerateAgainst = -2, SlightAgainst = -1, SlightFor = 1, ModerateFor = 2, StrongFor = 3 }

public static class OptionNames
{
    public static readonly ModelOption[] Models = Enum.GetValues<ModelOption>();
    public static readonly string[] Locations = ["onshore", "nearshore", "offshore"];

    public static string Name(LocationOption l) => Locations[(int)l];

    public static string Label(ModelOption model) => model switch
    {
        ModelOption.Bpo => "business process outsourcing (BPO)",
        ModelOption.Kpo => "knowledge process outsourcing (KPO)",
        ModelOption.Project => "a one-off project with an outside provider",
        ModelOption.InHouse => "hiring for it in-house",
        _ => Wire.Name(model),
    };

    public static string ShortLabel(ModelOption model) => model switch
    {
        ModelOption.Bpo => "BPO",
        ModelOption.Kpo => "KPO",
        ModelOption.Project => "Project",
        ModelOption.InHouse => "In-house hire",
        _ => Wire.Name(model),
    };

    /// <summary>A model's label from its stored name (a database column), or a location's.</summary>
    public static string ShortLabel(string option) =>
        Wire.Parse<ModelOption>(option) is { } model ? ShortLabel(model) : option.Length == 0 ? option : char.ToUpperInvariant(option[0]) + option[1..];
}
