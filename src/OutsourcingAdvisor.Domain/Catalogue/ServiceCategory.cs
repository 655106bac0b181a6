using OutsourcingAdvisor.Domain.Text;
using System.Text.Json.Serialization;

namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>A kind of work that can be handed off, as the source documents describe it.</summary>
public sealed record ServiceCategory
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    /// <summary>The outsourcing types the documents put it under: <c>bpo</c>, <c>kpo</c>, <c>project</c>, <c>it</c>.</summary>
    public List<string> Models { get; init; } = [];
    /// <summary>The specialised kind of outsourcing, where the documents name one.</summary>
    public Specialization? Specialization { get; init; }
    /// <summary>Front or back office, where a document says so.</summary>
    public Office? Office { get; init; }
    /// <summary>Typical skill level: basic, intermediate, specialist or expert.</summary>
    public required string SkillLevel { get; init; }
    public List<string> Sources { get; init; } = [];
    /// <summary>What a provider charges; null where no source gives an honest basis.</summary>
    public PriceRange? Price { get; init; }
    /// <summary>The hourly wage of doing it with your own staff, before on-costs; null where no source gives one.</summary>
    public PriceRange? InHouseWage { get; init; }

    /// <summary>Sourcing models a document says this work must not go to (doc-002: engineering is not BPO work).</summary>
    public List<ModelExclusion> ExcludedModels { get; init; } = [];

    public bool IsModel(string model) => Models.Contains(model);

    /// <summary>
    /// The owner's answer "my work is not listed": no listing, price or wage, so the criteria that read the
    /// catalogue say nothing and the advice rests on the other answers (the report says which).
    /// </summary>
    public static readonly ServiceCategory NotListed = new()
    {
        Slug = "not-listed",
        Name = English.Names.NotListed,
        Description = English.Names.NotListedDescription,
        // Nothing reads a category's typical skill level when scoring; the owner's own answer is used.
        SkillLevel = "",
    };
}

/// <summary>A model this work must not be given to, why, and which document says so.</summary>
public sealed record ModelExclusion(string Model, string Reason, string Source);

public static class CategoryModels
{
    public const string Bpo = "bpo";
    public const string Kpo = "kpo";
    public const string Project = "project";
    public const string It = "it";
    public static readonly string[] All = [Bpo, Kpo, Project, It];

    public static string Label(string model) => English.Names.CategoryModel(model);
}

/// <summary>A specialised kind of BPO or KPO a document names, with the name categories.json and stored results use.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Specialization>))]
public enum Specialization
{
    [JsonStringEnumMemberName("lpo")] Lpo,
    [JsonStringEnumMemberName("rpo")] Rpo,
    [JsonStringEnumMemberName("research")] Research,
}

/// <summary>Whether the work meets customers (front office) or stays internal (back office).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Office>))]
public enum Office
{
    [JsonStringEnumMemberName("front")] Front,
    [JsonStringEnumMemberName("back")] Back,
}

public static class Specializations
{
    public static string Label(Specialization? specialization) => English.Names.Specialization(specialization);

    /// <summary>The short tag shown beside a model: "LPO".</summary>
    public static string Tag(Specialization s) => Assessment.Wire.Name(s).ToUpperInvariant();
}
