namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>A kind of work that can be handed off, as the source documents describe it.</summary>
public sealed record ServiceCategory
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    /// <summary>The outsourcing types the documents put it under: <c>bpo</c>, <c>kpo</c>, <c>project</c>, <c>it</c>.</summary>
    public List<string> Models { get; init; } = [];
    /// <summary><c>lpo</c>, <c>rpo</c> or <c>research</c> where the documents name one.</summary>
    public string? Specialization { get; init; }
    /// <summary><c>front</c> or <c>back</c> office where a document says so.</summary>
    public string? Office { get; init; }
    /// <summary>Typical skill level: basic, intermediate, specialist or expert.</summary>
    public required string SkillLevel { get; init; }
    public List<string> Sources { get; init; } = [];
    /// <summary>What a provider charges; null where no source gives an honest basis.</summary>
    public PriceRange? Price { get; init; }
    /// <summary>The hourly wage of doing it with your own staff, before on-costs; null where no source gives one.</summary>
    public PriceRange? InHouseWage { get; init; }

    public bool IsModel(string model) => Models.Contains(model);

    /// <summary>
    /// The owner's answer "my work is not listed": no listing, price or wage, so the criteria that read the
    /// catalogue say nothing and the advice rests on the other answers (the report says which).
    /// </summary>
    public static readonly ServiceCategory NotListed = new()
    {
        Slug = "not-listed",
        Name = "Work not in the list",
        Description = "None of the kinds of work listed matches yours.",
        // Nothing reads a category's typical skill level when scoring; the owner's own answer is used.
        SkillLevel = "",
    };
}

public static class CategoryModels
{
    public const string Bpo = "bpo";
    public const string Kpo = "kpo";
    public const string Project = "project";
    public const string It = "it";
    public static readonly string[] All = [Bpo, Kpo, Project, It];

    public static string Label(string model) => model switch
    {
        Bpo => "Business process outsourcing (BPO)",
        Kpo => "Knowledge process outsourcing (KPO)",
        Project => "Project outsourcing",
        It => "IT outsourcing",
        _ => model,
    };
}

public static class Specializations
{
    public static readonly string[] All = ["lpo", "rpo", "research"];

    public static string Label(string? specialization) => specialization switch
    {
        "lpo" => "legal process outsourcing (LPO)",
        "rpo" => "recruitment process outsourcing (RPO)",
        "research" => "research process outsourcing",
        null => "",
        _ => specialization,
    };
}

public static class Offices
{
    public static readonly string[] All = ["front", "back"];
}
