namespace OutsourcingAdvisor.Web.Pages.Reports;

/// <summary>
/// A bar chart drawn as inline SVG on the server: no script, survives printing. Each row is a label line
/// ("KPO · 91.7, recommended") over a full-width bar. The SVG has no viewBox: bars are percentages of its width
/// and the labels keep their CSS size, so nothing shrinks to an unreadable size on a phone or on paper.
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<Bar> Bars)
{
    public const int RowHeight = 50;

    public int Height => Bars.Count * RowHeight + 4;

    public string Description => string.Join("; ", Bars.Select(Label));

    public static string Label(Bar b) =>
        $"{b.Label} · {b.Score.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}{(b.Best ? ", recommended" : "")}{(b.Excluded ? ", excluded" : "")}";

    /// <summary>The bar's length as a percentage of the chart's width.</summary>
    public static double BarPercent(double score) => Math.Round(Math.Clamp(score, 0, 100), 1);
}

public sealed record Bar(string Label, double Score, bool Best, bool Excluded);
