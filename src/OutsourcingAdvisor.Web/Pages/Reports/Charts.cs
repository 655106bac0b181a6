namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>A horizontal bar chart drawn as inline SVG on the server: it needs no script and survives printing.</summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<Bar> Bars)
{
    public const int LabelWidth = 150;
    public const int TrackWidth = 360;
    public const int RowHeight = 36;
    public const int Width = 760;

    public int Height => Bars.Count * RowHeight + 8;

    public string Description => string.Join("; ", Bars.Select(b => $"{b.Label}: {b.Score:0.#} of 100{(b.Best ? ", recommended" : "")}{(b.Excluded ? ", excluded" : "")}"));

    public static double BarWidth(double score) => Math.Round(Math.Clamp(score, 0, 100) / 100 * TrackWidth, 1);
}

public sealed record Bar(string Label, double Score, bool Best, bool Excluded);
