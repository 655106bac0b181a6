namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>A figure about the market or its risks, as a source states it; doubtful ones are kept and flagged.</summary>
public sealed record MarketFact
{
    public required string Id { get; init; }
    /// <summary><c>market</c> or <c>risk</c>.</summary>
    public required string Topic { get; init; }
    public required string Text { get; init; }
    public decimal? Value { get; init; }
    public string? Unit { get; init; }
    public int? Year { get; init; }
    public required string Source { get; init; }
    public bool Doubtful { get; init; }
    public string? DoubtReason { get; init; }
}
