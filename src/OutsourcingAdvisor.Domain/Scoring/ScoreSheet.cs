using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>
/// Where criteria write their points. It turns a <see cref="Push"/> into points with the thresholds and the
/// preset's weight for the criterion being run, and keeps the reasons only when asked to explain (the what-if
/// runs need the totals alone).
/// </summary>
public sealed class ScoreSheet
{
    private readonly ScoringThresholds _thresholds;
    private readonly WeightPreset _preset;
    private readonly double[] _models = new double[4];
    private readonly double[] _locations = new double[3];
    private readonly bool[] _excluded = new bool[3];
    private readonly List<(int Option, Reason Reason)>? _modelReasons;
    private readonly List<(int Option, Reason Reason)>? _locationReasons;
    private readonly List<(int Option, Reason Reason)>? _exclusions;
    private string _criterion = "";
    private double _weight = 1;

    public ScoreSheet(ScoringThresholds thresholds, WeightPreset preset, bool explain)
    {
        _thresholds = thresholds;
        _preset = preset;
        Explain = explain;
        if (explain)
        {
            _modelReasons = [];
            _locationReasons = [];
            _exclusions = [];
        }
    }

    /// <summary>True when reasons are kept; criteria may skip building reason text when false.</summary>
    public bool Explain { get; }

    /// <summary>Starts a criterion: its lines carry its id and its points its weight.</summary>
    public void Begin(string criterion) => Begin(criterion, _preset.WeightOf(criterion));

    /// <summary>Starts a criterion whose weight the caller already looked up.</summary>
    public void Begin(string criterion, double weight)
    {
        _criterion = criterion;
        _weight = weight;
    }

    public double PointsFor(Push push)
    {
        var size = Math.Abs((int)push) switch
        {
            1 => _thresholds.SlightPoints,
            2 => _thresholds.ModeratePoints,
            _ => _thresholds.StrongPoints,
        };
        return Math.Sign((int)push) * size * _weight;
    }

    public void Model(ModelOption option, Push push, string? reason, string source)
    {
        var points = PointsFor(push);
        if (points == 0) return;
        _models[(int)option] += points;
        _modelReasons?.Add(((int)option, new Reason(_criterion, reason ?? "", Round(points), source)));
    }

    public void Location(LocationOption option, Push push, string? reason, string source)
    {
        var points = PointsFor(push);
        if (points == 0) return;
        _locations[(int)option] += points;
        _locationReasons?.Add(((int)option, new Reason(_criterion, reason ?? "", Round(points), source)));
    }

    /// <summary>A hard constraint: the location cannot be recommended, whatever its score.</summary>
    public void Exclude(LocationOption option, string? reason, string source)
    {
        _excluded[(int)option] = true;
        _exclusions?.Add(((int)option, new Reason(_criterion, reason ?? "", 0, source)));
    }

    internal double ModelPoints(int option) => _models[option];
    internal double LocationPoints(int option) => _locations[option];
    internal bool IsExcluded(int option) => _excluded[option];

    internal IReadOnlyList<Reason> ModelReasons(int option) => Pick(_modelReasons, option);
    internal IReadOnlyList<Reason> LocationReasons(int option) => Pick(_locationReasons, option);
    internal IReadOnlyList<Reason> Exclusions(int option) => Pick(_exclusions, option);

    private static IReadOnlyList<Reason> Pick(List<(int Option, Reason Reason)>? list, int option)
    {
        if (list is null) return [];
        var picked = new List<Reason>();
        foreach (var (o, r) in list)
            if (o == option) picked.Add(r);
        return picked;
    }

    internal static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
