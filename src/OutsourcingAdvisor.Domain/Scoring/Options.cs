namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>The ways to get the work done that the engine ranks.</summary>
public enum ModelOption { Bpo, Kpo, Project, InHouse }

/// <summary>Where an outside provider delivers from.</summary>
public enum LocationOption { Onshore, Nearshore, Offshore }

/// <summary>How hard a criterion pushes an option; the points per step come from the weights file.</summary>
public enum Push { StrongAgainst = -3, ModerateAgainst = -2, SlightAgainst = -1, SlightFor = 1, ModerateFor = 2, StrongFor = 3 }

public static class OptionNames
{
    public static readonly string[] Models = ["bpo", "kpo", "project", "in-house"];
    public static readonly string[] Locations = ["onshore", "nearshore", "offshore"];

    public static string Name(ModelOption m) => Models[(int)m];
    public static string Name(LocationOption l) => Locations[(int)l];

    public static string Label(string model) => model switch
    {
        "bpo" => "business process outsourcing (BPO)",
        "kpo" => "knowledge process outsourcing (KPO)",
        "project" => "a one-off project with an outside provider",
        "in-house" => "hiring for it in-house",
        "onshore" => "onshore (a provider in your own country)",
        "nearshore" => "nearshore (a provider in a neighbouring country)",
        "offshore" => "offshore (a provider in a distant country)",
        _ => model,
    };

    public static string ShortLabel(string option) => option switch
    {
        "bpo" => "BPO",
        "kpo" => "KPO",
        "project" => "Project",
        "in-house" => "In-house hire",
        "onshore" => "Onshore",
        "nearshore" => "Nearshore",
        "offshore" => "Offshore",
        _ => option,
    };
}
