using OutsourcingAdvisor.Domain.Text;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Costs;

/// <summary>Who to buy from and how they usually charge, with the source, or marked as general guidance.</summary>
public sealed record ProviderAdvice(string Kind, string KindLabel, string? KindSource, string PricingModel, string PricingModelLabel, string? PricingSource)
{
    /// <summary>True when neither the kind nor the pricing model comes from a source that names them for this work.</summary>
    public bool GeneralGuidance => KindSource is null && PricingSource is null;

    private static readonly Dictionary<ModelOption, string[]> KindsByModel = new()
    {
        [ModelOption.Bpo] = ["bpo-firm", "payroll-provider", "msp", "rpo-provider", "offshore-captive"],
        [ModelOption.Kpo] = ["lpo-specialist", "rpo-provider", "kpo-specialist", "consulting-firm", "offshore-captive"],
        [ModelOption.Project] = ["agency", "freelancer", "consulting-firm"],
    };

    public static string LabelOfKind(string kind) => English.Names.ProviderKind(kind);

    public static string LabelOfModel(string model) => English.Names.PricingModel(model);

    /// <summary>The pricing model a trade unit implies: a price quoted per page is a per-transaction price.</summary>
    public static string ModelOfUnit(TradeUnit unit) => TradeUnits.KindOf(unit) switch
    {
        UnitKind.Hour => "hourly",
        UnitKind.Day => "day-rate",
        UnitKind.Month => "retainer",
        UnitKind.PerEmployee => "per-employee-per-month",
        UnitKind.PerProject => "fixed-price",
        UnitKind.PerItem => "per-transaction",
        _ => "percent-of-salary",
    };

    /// <summary>
    /// For a recommended sourcing model and band: the provider kind the sources name for this work that fits the
    /// model (a specialisation first), else the usual kind for the model as general guidance; and the pricing
    /// model of the trade unit, sourced by the price quoted in it.
    /// </summary>
    public static ProviderAdvice For(ModelOption model, Specialization? specialization, BandCost? band, CategoryCosts costs)
    {
        if (model == ModelOption.InHouse)
            return new ProviderAdvice("own-hire", LabelOfKind("own-hire"), costs.Wage?.Source, "salary", LabelOfModel("salary"), costs.Wage?.Source);

        var wanted = KindsByModel.GetValueOrDefault(model, []);
        if (specialization == Specialization.Lpo) wanted = ["lpo-specialist", .. wanted];
        if (specialization == Specialization.Rpo) wanted = ["rpo-provider", .. wanted];
        var named = wanted.Select(k => costs.ProviderKinds.FirstOrDefault(p => p.Name == k)).FirstOrDefault(p => p is not null);
        var kind = named?.Name ?? (specialization, model) switch
        {
            (Specialization.Lpo, _) => "lpo-specialist",
            (Specialization.Rpo, _) => "rpo-provider",
            (_, ModelOption.Kpo) => "kpo-specialist",
            (_, ModelOption.Project) => "agency",
            _ => "bpo-firm",
        };

        var pricing = ModelOfUnit(costs.TradeUnit);
        var pricingSource = band?.Price is { Basis: PriceBasis.Direct or PriceBasis.Unlocated or PriceBasis.Scaled } p ? p.Sources[0]
            : costs.PricingModels.FirstOrDefault(m => m.Name == pricing)?.Source;
        return new ProviderAdvice(kind, LabelOfKind(kind), named?.Source, pricing, LabelOfModel(pricing), pricingSource);
    }
}
