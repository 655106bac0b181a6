namespace OutsourcingAdvisor.Domain.Catalogue;

/// <summary>What to expect of one way of handing work off: its strengths and risks, each in our words with its source.</summary>
public sealed record ModelProfile
{
    public required Scoring.ModelOption Key { get; init; }
    public List<SourcedNote> Strengths { get; init; } = [];
    public List<SourcedNote> Risks { get; init; } = [];
}
