using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Costs;

namespace OutsourcingAdvisor.Domain.Tests.Costs;

public sealed class CostModelTests
{
    private static readonly CostBook Book = TestCatalogue.Real.Costs!;
    private static readonly string[] Bands = ["onshore", "nearshore", "offshore"];
    private static readonly Dictionary<string, Factor> Factors = TestCatalogue.Real.Locations.ToDictionary(l => Wire.Name(l.Key), l => new Factor(l.CostFactor.Min, l.CostFactor.Max));

    private static BandPrice Price(string slug, string band) => CostModel.PriceAt(Book.For(slug)!, band, Factors, Bands)!;

    [Fact]
    public void RoundTheClockCoverStaffsEachSeatFor730HoursAMonth()
    {
        Assert.Equal(730, CostModel.CoveredHours(160, Coverage.AroundTheClock, Book.CoverHours));
        Assert.Equal(1460, CostModel.CoveredHours(300, Coverage.AroundTheClock, Book.CoverHours));
        Assert.Equal(365, CostModel.CoveredHours(80, Coverage.Extended, Book.CoverHours));
        Assert.Equal(80, CostModel.CoveredHours(80, Coverage.BusinessHours, Book.CoverHours));
    }

    [Fact]
    public void ABandWithItsOwnFigureUsesItDirectly()
    {
        var p = Price("customer-support", "offshore");
        Assert.Equal(PriceBasis.Direct, p.Basis);
        Assert.Equal(2m, p.Low);
        Assert.Equal(14m, p.High);
    }

    [Fact]
    public void ABandWithoutAFigureIsScaledFromOnshoreAndSaysSo()
    {
        var onshore = Price("analytics", "onshore");
        var nearshore = Price("analytics", "nearshore");
        var factor = Factors["nearshore"];
        Assert.Equal(PriceBasis.Scaled, nearshore.Basis);
        Assert.Equal("onshore", nearshore.ScaledFrom);
        Assert.Equal(Math.Round(onshore.Low * factor.Min, 2), nearshore.Low);
        Assert.Equal(Math.Round(onshore.High * factor.Max, 2), nearshore.High);
    }

    [Fact]
    public void ResearchWithoutADirectPriceIsFortyToSixtyPercentBelowTheWage()
    {
        var wage = Book.For("financial-research")!.Wage!.Hourly;
        var p = Price("financial-research", "offshore");
        Assert.Equal(PriceBasis.ShareOfWage, p.Basis);
        Assert.Equal(Math.Round(wage * 0.4m, 2), p.Low);
        Assert.Equal(Math.Round(wage * 0.6m, 2), p.High);
    }

    [Fact]
    public void PerEmployeeServicesAreCountedByHeadcount()
    {
        var q = CostModel.QuantityOf(TradeUnit.EmployeeMonth, new CostQuery(160, null, 25, null, false), Book.CoverHours);
        Assert.Equal(25m, q.Amount);
        var cost = CostModel.Money(Price("payroll", "onshore"), q)!.Value;
        Assert.Equal((100m, 500m), cost);
    }

    [Fact]
    public void PerEmployeeServicesWithoutAHeadcountHaveNoTotal()
    {
        var q = CostModel.QuantityOf(TradeUnit.EmployeeMonth, new CostQuery(160, null, null, null, false), Book.CoverHours);
        Assert.Null(q.Amount);
        Assert.Null(CostModel.Money(Price("payroll", "onshore"), q));
    }

    [Fact]
    public void AProjectIsPricedAsATotal()
    {
        Assert.True(CostModel.IsTotal(TradeUnit.Project, oneOff: false));
        var q = CostModel.QuantityOf(TradeUnit.Project, new CostQuery(80, null, null, null, true), Book.CoverHours);
        Assert.Equal((2500m, 20000m), CostModel.Money(Price("website-redesign", "onshore"), q));
    }

    [Fact]
    public void TheInHouseCostIsWageTimesHoursTimesTheEcecFactor()
    {
        var wage = Book.For("software-development")!.Wage!;
        var cost = CostModel.InHouse(wage, new CostQuery(160, null, null, null, false), Book);
        Assert.Equal(Math.Round(wage.Hourly * 160 * Book.LoadedCost.Factor, 0, MidpointRounding.AwayFromZero), cost);
    }

    [Fact]
    public void ABudgetBelowTheLowestQuoteDoesNotFitAndSaysWhatWould()
    {
        var price = Price("customer-support", "onshore");
        var q = CostModel.QuantityOf(TradeUnit.Hour, new CostQuery(160, null, null, null, false), Book.CoverHours);
        var check = CostModel.Check(CostModel.Money(price, q), 100, false);
        Assert.Equal(Fit.DoesNotFit, check.Fit);
        Assert.Equal(price.Low * 160, check.SmallestBudget);
        Assert.Equal(Math.Floor(100 / price.Low), check.MostUnits(price));
    }
}
