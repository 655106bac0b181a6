using System.Runtime.CompilerServices;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Costs;

/// <summary>What an outside provider in one band would cost for these answers, and how that sits with the budget.</summary>
public sealed record BandCost(string Band, BandPrice? Price, decimal? Low, decimal? High, BudgetCheck Check);

/// <summary>
/// Every cost the advice needs for one set of answers: the quantity of work in the category's trade unit, the
/// provider cost in each band, the in-house cost, and each against the budget it belongs with (the total budget
/// for one-off work and fee-priced projects, the monthly budget otherwise). Pure; unit prices are cached per
/// catalogue because they do not depend on the answers.
/// </summary>
public sealed record CostPicture(
    CategoryCosts Category,
    Quantity Quantity,
    int CoveredHours,
    bool AgainstTotal,
    decimal? Budget,
    IReadOnlyList<BandCost> Bands,
    decimal? InHouse,
    BudgetCheck InHouseCheck,
    bool LocalOnshore = false,
    bool OneOff = false,
    bool TotalBudgetGiven = false)
{
    /// <summary>
    /// What a provider's cost is counted over: the whole job for one-off work; one project for fee-priced work that
    /// carries on (a fee per project, however many projects a month); else a month.
    /// </summary>
    public Text.Per CostPer => OneOff ? Text.Per.Total : TradeUnits.KindOf(Category.TradeUnit) == UnitKind.PerProject ? Text.Per.Unit : Text.Per.Month;

    /// <summary>The unit of <see cref="CostPer"/> when it is one unit (a project), else null.</summary>
    public TradeUnit? CostUnit => CostPer == Text.Per.Unit ? Category.TradeUnit : null;

    /// <summary>What the budget the costs are set against is counted over: the total budget where one was given and applies, else a month.</summary>
    public Text.Per BudgetPer => AgainstTotal && TotalBudgetGiven ? Text.Per.Total : Text.Per.Month;

    /// <summary>A hire's cost is for the whole job when the work is one-off, else a month.</summary>
    public Text.Per InHousePer => OneOff ? Text.Per.Total : Text.Per.Month;

    /// <summary>The budget a hire is set against: the total budget for one-off work where one was given, else a month.</summary>
    public Text.Per InHouseBudgetPer => OneOff && TotalBudgetGiven ? Text.Per.Total : Text.Per.Month;

    // Unit prices depend on the catalogue alone, so each catalogue's are worked out once, all together, and then only read.
    private static readonly ConditionalWeakTable<AdvisorCatalogue, Dictionary<string, BandPrice?[]>> Prices = new();

    /// <param name="onshoreFactor">
    /// The owner's price level against the US-priced catalogue (<see cref="Countries.WageRatio.Onshore"/>):
    /// onshore providers and an in-house hire are paid in the owner's own country, so their prices are scaled by it.
    /// Nearshore and offshore providers charge from where they are, so their figures stay as the sources give them.
    /// </param>
    /// <param name="ownerCountry">
    /// The owner's country when it is not the catalogue's US base: where a source prices this work in that country,
    /// those figures are the onshore price as published, and nothing is scaled for onshore.
    /// </param>
    public static CostPicture? For(AssessmentAnswers a, AdvisorCatalogue catalogue, decimal onshoreFactor = 1m, string? ownerCountry = null)
    {
        if (catalogue.Costs is not { } book || book.For(a.TaskType) is not { } costs) return null;
        var oneOff = a.Engagement == Engagement.OneOff;
        var query = new CostQuery(a.HoursPerMonth, a.Coverage, a.Headcount, a.Volume, oneOff);
        var quantity = CostModel.QuantityOf(costs.TradeUnit, query, book.CoverHours);
        var total = CostModel.IsTotal(costs.TradeUnit, oneOff);
        // A fee-priced project with no total budget given is set against the monthly budget, and the report says so.
        var fx = catalogue.Countries?.Fx;
        var monthly = a.MonthlyBudgetUsd(fx);
        var budget = total ? a.TotalBudgetUsd(fx) ?? monthly : monthly;

        var prices = PricesOf(catalogue, costs);
        var home = catalogue.IndexOf(Scoring.LocationOption.Onshore);
        var local = ownerCountry is null || home < 0 ? null : CostModel.LocalPrice(costs, ownerCountry, Wire.Name(catalogue.Locations[home].Key));
        var bands = new BandCost[prices.Length];
        // The owner's onshore price: the local one, or the catalogue's US one at the owner's price level.
        // A share of a salary is at the hire's own pay level already: it is never scaled to the owner's.
        var shares = costs.TradeUnit == TradeUnit.PercentOfSalary;
        var ownerOnshore = home < 0 ? null : local ?? (onshoreFactor == 1m || shares ? prices[home] : Scale(prices[home], onshoreFactor));
        var ownOnshore = home >= 0 && !shares && (local is not null || onshoreFactor != 1m);
        for (var i = 0; i < prices.Length; i++)
        {
            var price = i == home ? ownerOnshore
                // A band no source prices is scaled from onshore by the bands' cost factors: from the owner's onshore price.
                : ownOnshore && ownerOnshore is not null && prices[i] is { Basis: PriceBasis.Scaled } scaled && (scaled.ScaledFrom is null || scaled.ScaledFrom == Wire.Name(catalogue.Locations[home].Key))
                    ? FromOnshore(ownerOnshore, scaled, catalogue.Locations[i].CostFactor)
                    : prices[i];
            var money = CostModel.Money(price, quantity);
            bands[i] = new BandCost(Wire.Name(catalogue.Locations[i].Key), price, money?.Low, money?.High, CostModel.Check(money, budget, total));
        }

        var inHouse = CostModel.InHouse(costs.Wage, query, book);
        if (inHouse is { } usWage && onshoreFactor != 1m) inHouse = Math.Round(usWage * onshoreFactor, 0, MidpointRounding.AwayFromZero);
        var inHouseBudget = oneOff ? a.TotalBudgetUsd(fx) ?? monthly : monthly;
        var inHouseCheck = CostModel.Check(inHouse is { } h ? (h, h) : null, inHouseBudget, oneOff);
        return new CostPicture(costs, quantity, CostModel.CoveredHours(a.HoursPerMonth, a.Coverage, book.CoverHours), total, budget, bands, inHouse, inHouseCheck,
            local is not null, oneOff, a.TotalBudget is not null);
    }

    /// <summary>True when no band's cost is known to fit, even partly: nothing the owner could buy fits the budget.</summary>
    public bool NothingFits
    {
        get
        {
            var any = false;
            foreach (var b in Bands)
            {
                if (b.Check.Fit is Fit.Fits or Fit.Partly) return false;
                any |= b.Check.Fit == Fit.DoesNotFit;
            }
            return any && InHouseCheck.Fit is Fit.DoesNotFit or Fit.Unknown;
        }
    }

    /// <summary>True when every priced band is above the budget even at its low end (the hire aside).</summary>
    public bool NoBandFits
    {
        get
        {
            var any = false;
            foreach (var b in Bands)
            {
                if (b.Check.Fit is Fit.Fits or Fit.Partly) return false;
                any |= b.Check.Fit == Fit.DoesNotFit;
            }
            return any;
        }
    }

    /// <summary>A band's price as the owner's onshore price times the band's cost factors (onshore is 1).</summary>
    private static BandPrice FromOnshore(BandPrice onshore, BandPrice scaled, SourcedRange<decimal> factor) => scaled with
    {
        Low = Math.Round(onshore.Low * factor.Min, 2, MidpointRounding.AwayFromZero),
        High = Math.Round(onshore.High * factor.Max, 2, MidpointRounding.AwayFromZero),
        Sources = onshore.Sources,
        OldestYear = onshore.OldestYear,
    };

    /// <summary>A unit price at the owner's price level (rounded to cents, as sources print prices).</summary>
    private static BandPrice? Scale(BandPrice? price, decimal factor) => price is null ? null : price with
    {
        Low = Math.Round(price.Low * factor, 2, MidpointRounding.AwayFromZero),
        High = Math.Round(price.High * factor, 2, MidpointRounding.AwayFromZero),
    };

    private static BandPrice?[] PricesOf(AdvisorCatalogue catalogue, CategoryCosts costs) =>
        Prices.GetValue(catalogue, AllPrices).TryGetValue(costs.Slug, out var prices) ? prices : AllPrices(catalogue)[costs.Slug];

    private static Dictionary<string, BandPrice?[]> AllPrices(AdvisorCatalogue catalogue)
    {
        var factors = catalogue.Locations.ToDictionary(l => Wire.Name(l.Key), l => new Factor(l.CostFactor.Min, l.CostFactor.Max), StringComparer.Ordinal);
        var order = catalogue.Locations.Select(l => Wire.Name(l.Key)).ToList();
        return (catalogue.Costs?.Categories ?? []).ToDictionary(
            c => c.Slug, c => order.Select(band => CostModel.PriceAt(c, band, factors, order)).ToArray(), StringComparer.Ordinal);
    }
}
