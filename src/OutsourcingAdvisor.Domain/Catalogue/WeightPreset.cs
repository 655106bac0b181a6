namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>How much each criterion counts. A criterion missing from <see cref="Weights"/> counts once (1.0).</summary>
public sealed record WeightPreset
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public Dictionary<string, double> Weights { get; init; } = [];

    public double WeightOf(string criterion) => Weights.TryGetValue(criterion, out var w) ? w : 1.0;
}

/// <summary>The numbers the criteria compare answers against; they are data so consultants can tune them.</summary>
public sealed record ScoringThresholds
{
    /// <summary>Points for a slight, moderate and strong push towards or away from an option.</summary>
    public double SlightPoints { get; init; } = 5;
    public double ModeratePoints { get; init; } = 10;
    public double StrongPoints { get; init; } = 20;
    /// <summary>Spread of the 0-100 score curve: a sum of this many points lifts a score from 50 to about 73.</summary>
    public double ScoreSpread { get; init; } = 25;
    /// <summary>Budget per working hour below which specialist (KPO) rates are out of reach.</summary>
    public decimal TightBudgetPerHour { get; init; } = 15;
    /// <summary>Budget per working hour from which specialist rates are affordable.</summary>
    public decimal AmpleBudgetPerHour { get; init; } = 60;
    /// <summary>On-costs of an employee as a multiple of the wage.</summary>
    public decimal LoadedCostFactorMin { get; init; } = 1.25m;
    public decimal LoadedCostFactorMax { get; init; } = 1.4m;
    public List<string> LoadedCostSources { get; init; } = [];
    /// <summary>A lead of at least this many score points is "clear"; under <see cref="CloseLead"/> it is a close call.</summary>
    public double ClearLead { get; init; } = 15;
    public double CloseLead { get; init; } = 5;
    /// <summary>Budget multiples tried by the what-if analysis.</summary>
    public List<decimal> WhatIfBudgetFactors { get; init; } = [0.5m, 2m];
}
