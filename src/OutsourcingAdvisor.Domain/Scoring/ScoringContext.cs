using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>What every criterion may read: the answers, the chosen category, the catalogue and the cost estimates.</summary>
public sealed class ScoringContext(
    AssessmentAnswers answers,
    ServiceCategory category,
    AdvisorCatalogue catalogue,
    MoneyRange?[] locationCosts,
    MoneyRange? inHouseCost)
{
    public AssessmentAnswers Answers { get; } = answers;
    public ServiceCategory Category { get; } = category;
    public AdvisorCatalogue Catalogue { get; } = catalogue;
    public ScoringThresholds Thresholds => Catalogue.Thresholds;

    /// <summary>Monthly cost at each location (indexed by <see cref="LocationOption"/>), null without a price.</summary>
    public MoneyRange? CostAt(LocationOption location) => locationCosts[(int)location];

    /// <summary>Monthly loaded cost of doing it with own staff, null without a wage.</summary>
    public MoneyRange? InHouseCost { get; } = inHouseCost;

    /// <summary>The first source the category names: the document that lists it.</summary>
    public string CategorySource => Category.Sources.Count > 0 ? Category.Sources[0] : "editorial";

    /// <summary>Whether the catalogue files the task under KPO (the answers' skill level is scored on its own).</summary>
    public bool IsKnowledgeWork => Category.IsModel(CategoryModels.Kpo);
}

/// <summary>One rule of the advice: reads the context, writes points with reasons and sources.</summary>
public interface ICriterion
{
    /// <summary>Stable kebab-case id, used in weight presets and reports.</summary>
    string Id { get; }
    /// <summary>A heading for the report.</summary>
    string Title { get; }
    /// <summary>What it favours, for the README's criteria table.</summary>
    string Favours { get; }
    void Score(ScoringContext context, ScoreSheet sheet);
}
