using System.Globalization;
using System.Text.RegularExpressions;

namespace OutsourcingAdvisor.Web.Branding;

/// <summary>
/// A firm's accent colour, accepted only if it keeps WCAG 2.2 AA contrast (4.5:1 for normal text) where the
/// pages use it: as text and rules on white and on the light panel colour, and behind white text in the report's band.
/// </summary>
public static partial class AccentColour
{
    public const double MinimumContrast = 4.5;

    /// <summary>The backgrounds the accent is drawn on (site.css: white and --light), and white drawn on it.</summary>
    public static readonly IReadOnlyList<(string Name, string Hex)> Backgrounds = [("white", "#ffffff"), ("light grey panels", "#f3f5f8")];

    /// <summary>The colour as #rrggbb, or an error in words (with the measured ratio when it is too light).</summary>
    public static (string? Hex, string? Error) Check(string? value)
    {
        var text = value?.Trim().ToLowerInvariant() ?? "";
        var match = HexColour().Match(text);
        if (!match.Success) return (null, "Enter the colour as a hex code such as #1d4f91.");
        var hex = match.Groups[1].Value;
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        hex = "#" + hex;
        foreach (var (name, background) in Backgrounds)
        {
            var ratio = Contrast(hex, background);
            if (ratio < MinimumContrast)
                return (null, $"{hex} is too light: text in it on {name} has a contrast of {ratio:0.0}:1, and WCAG AA needs at least {MinimumContrast}:1. Choose a darker shade.");
        }
        return (hex, null);
    }

    /// <summary>WCAG contrast ratio of two #rrggbb colours, 1 to 21.</summary>
    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var v = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }

    [GeneratedRegex("^#?([0-9a-f]{6}|[0-9a-f]{3})$")]
    private static partial Regex HexColour();
}
