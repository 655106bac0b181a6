using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>
/// Monthly cost ranges from the catalogue's prices. A price with no stated location is read as an onshore quote
/// and scaled by the location's cost factor; a percentage below in-house cost needs the in-house cost to mean
/// anything, so without one there is no estimate.
/// </summary>
public static class CostEstimator
{
    public static MoneyRange? InHouse(ServiceCategory category, int hoursPerMonth, ScoringThresholds thresholds)
    {
        if (category.InHouseWage is not { Unit: PriceUnits.Hour } wage) return null;
        return Range(
            wage.Min * hoursPerMonth * thresholds.LoadedCostFactorMin,
            wage.Max * hoursPerMonth * thresholds.LoadedCostFactorMax);
    }

    public static MoneyRange? AtLocation(ServiceCategory category, LocationProfile location, int hoursPerMonth, MoneyRange? inHouse)
    {
        var price = category.Price;
        if (price is null) return null;
        return price.Unit switch
        {
            PriceUnits.Hour => Range(
                price.Min * hoursPerMonth * location.CostFactor.Min,
                price.Max * hoursPerMonth * location.CostFactor.Max),
            PriceUnits.Month => Range(price.Min * location.CostFactor.Min, price.Max * location.CostFactor.Max),
            PriceUnits.PercentBelowInHouse when inHouse is not null => Range(
                inHouse.Low * (100 - price.Max) / 100,
                inHouse.High * (100 - price.Min) / 100),
            _ => null,
        };
    }

    private static MoneyRange Range(decimal low, decimal high) =>
        new(Math.Round(low, 0, MidpointRounding.AwayFromZero), Math.Round(high, 0, MidpointRounding.AwayFromZero));
}
