namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>
/// A bar chart drawn as inline SVG on the server: no script, survives printing. Each row is a label line
/// ("KPO · 91.7, recommended") over a full-width bar, so the chart stays legible when a phone shrinks it.
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<Bar> Bars)
{
    public const int Width = 440;
    public const int RowHeight = 50;

    public int Height => Bars.Count * RowHeight + 4;

    public string Description => string.Join("; ", Bars.Select(Label));

    public static string Label(Bar b) =>
        $"{b.Label} · {b.Score.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}{(b.Best ? ", recommended" : "")}{(b.Excluded ? ", excluded" : "")}";

    public static double BarWidth(double score) => Math.Round(Math.Clamp(score, 0, 100) / 100 * Width, 1);
}

public sealed record Bar(string Label, double Score, bool Best, bool Excluded);
