using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>What every criterion may read: the answers, the chosen category, the catalogue and the cost estimates.</summary>
public sealed class ScoringContext(
    AssessmentAnswers answers,
    ServiceCategory category,
    AdvisorCatalogue catalogue,
    Costs.CostPicture? costs,
    Countries.OwnerBands? owner = null)
{
    /// <summary>Bands, example countries and shared hours relative to the owner; null without a country table.</summary>
    public Countries.OwnerBands? Owner { get; } = owner;

    private Countries.DisplayCurrency? _currency;

    /// <summary>The currency the owner reads money in (worked out when a reason is first written, so what-if re-runs pay nothing).</summary>
    public Countries.DisplayCurrency Currency => _currency ??= Countries.DisplayCurrency.For(Owner, Answers.Currency, Catalogue.Countries);

    /// <summary>US-dollar amounts as money in the owner's currency, for reason texts.</summary>
    public Text.Money Money(decimal lowUsd, decimal highUsd, Text.Per per, Costs.TradeUnit? unit = null) => Currency.Money(lowUsd, highUsd, per, unit);

    public Text.Money Money(decimal usd, Text.Per per, Costs.TradeUnit? unit = null) => Currency.Money(usd, per, unit);

    public AssessmentAnswers Answers { get; } = answers;
    public ServiceCategory Category { get; } = category;
    public AdvisorCatalogue Catalogue { get; } = catalogue;
    public ScoringThresholds Thresholds => Catalogue.Thresholds;

    /// <summary>Provider cost per band, the in-house cost and each against the budget; null for a catalogue without cost data.</summary>
    public Costs.CostPicture? Costs { get; } = costs;

    /// <summary>The first source the category names: the document that lists it.</summary>
    public string CategorySource => Category.Sources.Count > 0 ? Category.Sources[0] : "editorial";

    /// <summary>
    /// Whether the work meets customers: as answered, or, left blank, whether the task is front-office work
    /// (support, sales, telemarketing), which by its nature does (doc-001 lists it as front-office BPO).
    /// </summary>
    public bool IsCustomerFacing => Answers.CustomerFacing ?? Category.Office == Office.Front;

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
