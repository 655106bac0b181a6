using System.Text.RegularExpressions;
using System.Xml;

namespace OutsourcingAdvisor.Web.Branding;

/// <summary>
/// Decides whether an uploaded file may be a firm's logo: a PNG, or an SVG that can do nothing but draw. An SVG
/// with script, event handlers, foreignObject, a DOCTYPE or any reference outside itself is refused rather than
/// cleaned, so what is stored is exactly what the consultant uploaded.
/// </summary>
public static partial class LogoCheck
{
    public const string Png = "image/png";
    public const string Svg = "image/svg+xml";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Elements that run code, embed other documents or pull content in: never part of a logo that only draws.
    private static readonly HashSet<string> RefusedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener", "audio", "video", "image", "feImage",
    };

    /// <summary>The content type to store the logo under, or an error in words for the consultant.</summary>
    public static (string? ContentType, string? Error) Check(ReadOnlySpan<byte> file)
    {
        if (file.Length == 0) return (null, "The file is empty. Choose a PNG or SVG file.");
        if (file.Length > Data.FirmBrand.MaxLogoBytes)
            return (null, $"The logo is {file.Length / 1024.0:N0} KB; it can be at most {Data.FirmBrand.MaxLogoBytes / 1024} KB.");
        if (file.StartsWith(PngSignature)) return (Png, null);
        var error = CheckSvg(file);
        return error is null ? (Svg, null) : (null, error);
    }

    private static string? CheckSvg(ReadOnlySpan<byte> file)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(file.ToArray()), settings);
            var sawRoot = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction)
                    return "The SVG links a style sheet or other processing instruction; save it as a plain SVG.";
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && reader.Value is var text && ExternalInText(text))
                    return "The SVG's styles load something from outside the file (@import or url()). Logos must be self-contained.";
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (!sawRoot)
                {
                    if (reader.LocalName != "svg" || reader.NamespaceURI != "http://www.w3.org/2000/svg")
                        return "The file is neither a PNG nor an SVG image.";
                    sawRoot = true;
                }
                if (RefusedElements.Contains(reader.LocalName))
                    return $"The SVG contains a <{reader.LocalName}> element. Logos may only draw: no script, embedded documents or images.";
                if (reader.LocalName is "a") return "The SVG contains a link. Logos may only draw.";
                var attributeError = CheckAttributes(reader);
                if (attributeError is not null) return attributeError;
            }
            return sawRoot ? null : "The file is neither a PNG nor an SVG image.";
        }
        catch (XmlException)
        {
            return "The file is neither a PNG nor a well-formed SVG image.";
        }
    }

    private static string? CheckAttributes(XmlReader reader)
    {
        if (!reader.MoveToFirstAttribute()) return null;
        do
        {
            var name = reader.LocalName;
            var value = reader.Value;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                return $"The SVG has an event handler ({reader.Name}). Logos may not run script.";
            if (name is "href" or "src" && !value.TrimStart().StartsWith('#'))
                return "The SVG refers to something outside itself (an href). Logos must be self-contained.";
            if (name is "attributeName" && value.Contains("href", StringComparison.OrdinalIgnoreCase))
                return "The SVG animates a link. Logos may only draw.";
            if (value.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || ExternalInText(value))
                return "The SVG refers to something outside itself. Logos must be self-contained.";
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        return null;
    }

    /// <summary>@import, or url(...) pointing anywhere but a fragment of the same file.</summary>
    private static bool ExternalInText(string text) =>
        text.Contains("@import", StringComparison.OrdinalIgnoreCase) || ExternalUrl().IsMatch(text);

    [GeneratedRegex(@"url\(\s*['""]?\s*(?!#)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
