using OutsourcingAdvisor.Domain.Text;
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

/// <summary>
/// A location band: where an outside provider delivers from. Which bands a catalogue offers, and in what order,
/// is data (seed-data/locations.json); the enum only names the bands criteria can speak of.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<LocationOption>))]
public enum LocationOption
{
    [JsonStringEnumMemberName("onshore")] Onshore,
    [JsonStringEnumMemberName("nearshore")] Nearshore,
    [JsonStringEnumMemberName("offshore")] Offshore,
}

/// <summary>How hard a criterion pushes an option; the points per step come from the weights file.</summary>
public enum Push { StrongAgainst = -3, ModerateAgainst = -2, SlightAgainst = -1, SlightFor = 1, ModerateFor = 2, StrongFor = 3 }

public static class OptionNames
{
    public static readonly ModelOption[] Models = Enum.GetValues<ModelOption>();

    /// <summary>A band's wire name ("offshore"), as stored results and sentences spell it.</summary>
    public static string Name(LocationOption l) => Wire.Name(l);

    public static string ShortLabel(LocationOption l) => ShortLabel(Wire.Name(l));

    public static string Label(ModelOption model) => English.Names.Model(model);

    public static string ShortLabel(ModelOption model) => English.Names.ModelShort(model);

    /// <summary>A model's label from its stored name (a database column), or a location's.</summary>
    public static string ShortLabel(string option) =>
        Wire.Parse<ModelOption>(option) is { } model ? ShortLabel(model) : option.Length == 0 ? option : char.ToUpperInvariant(option[0]) + option[1..];
}
