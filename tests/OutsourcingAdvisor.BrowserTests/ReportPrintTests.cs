using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OutsourcingAdvisor.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed partial class ReportPrintTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task TheReportPrintsWithTheRecommendationBothChartsAndTheSourcesAndNoPageHoldingOnlyAHeading(string format)
    {
        var page = await browser.NewPageAsync();
        await Owner.CallCentre.FillInAsync(page, $"print-{format}");
        var reportId = page.Url.Split('/').Last();
        var pdf = Path.Combine(BrowserFixture.ArtifactsDirectory, $"report-{format}.pdf");
        var headings = (await page.Locator("main h1, main h2, main h3").AllInnerTextsAsync()).Select(h => Squash(h).Trim()).ToList();

        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = format, PrintBackground = true });

        var pages = PdfPages(pdf);
        var all = string.Join("\n", pages);
        Assert.True(pages.Count >= 2, $"expected a multi-page report, got {pages.Count}");
        Assert.Contains("business process outsourcing (BPO)", Squash(all));
        Assert.Contains("How each way of getting the work done scores", Squash(all));
        Assert.Contains("How each delivery location scores", Squash(all));
        Assert.Contains("Sources", all);
        Assert.Contains("What is KPO. How It Differs from BPO", Squash(all));
        Assert.DoesNotContain("[doc-001]", all);
        // The first page carries the client and the date; the report id only the small footer on the last page.
        Assert.Contains("Corner Shop Ltd", pages[0]);
        Assert.DoesNotContain(reportId, pages[0]);
        Assert.Contains(reportId, pages[^1]);
        Assert.Matches(@"\d{1,2} [A-Z][a-z]+ 20\d\d", pages[0]);
        Assert.DoesNotContain("Start an assessment", all);
        Assert.DoesNotContain("Print this report", all);
        Assert.Contains($"Page 1 of {pages.Count}", pages[0]);

        for (var i = 0; i < pages.Count; i++)
        {
            var body = pages[i].Split('\n').Select(l => l.Trim())
                .Where(l => l.Length > 0 && !FooterLine().IsMatch(l)).ToList();
            var onlyHeadings = body.All(line => headings.Any(h => h.Contains(Squash(line).Trim(), StringComparison.Ordinal)));
            Assert.False(onlyHeadings, $"page {i + 1} of the {format} PDF holds only a heading: {string.Join(" | ", body)}");
        }
        await page.Context.CloseAsync();
    }

    /// <summary>The two-minute read: the main part before the appendix, in words and printed pages (issue 32).</summary>
    public const int MainWords = 500, MainPages = 2;

    /// <summary>The page the appendix starts on: its title is a line of its own, set in capitals by print.css ("APPENDIX").</summary>
    public static int AppendixPage(List<string> pages) =>
        pages.FindIndex(p => p.Split('\n').Any(l => l.Trim() == "APPENDIX"));

    /// <summary>The words printed before the appendix, page footers aside.</summary>
    public static int MainPartWords(List<string> pages, int appendix) =>
        pages.Take(appendix).SelectMany(p => p.Split('\n'))
            .Where(l => !FooterLine().IsMatch(l.Trim()) && !l.Contains(" · prepared by ") && !l.TrimStart().StartsWith("Page ", StringComparison.Ordinal))
            .SelectMany(l => WhiteSpace().Split(l)).Count(w => w.Any(char.IsLetterOrDigit));

    public static TheoryData<string, string> OwnersAndPaper()
    {
        var data = new TheoryData<string, string>();
        foreach (var owner in new[] { Owner.CallCentre, Owner.PatentWork, Owner.WebsiteRedesign })
            foreach (var format in new[] { "A4", "Letter" }) data.Add(owner.Name, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(OwnersAndPaper))]
    public async Task TheMainPartReadsInTwoMinutesOnTwoPagesAtMost(string ownerName, string format)
    {
        var owner = new[] { Owner.CallCentre, Owner.PatentWork, Owner.WebsiteRedesign }.Single(o => o.Name == ownerName);
        var page = await browser.NewPageAsync();
        await owner.FillInAsync(page, $"main-{owner.Name}-{format}");
        var pdf = Path.Combine(BrowserFixture.ArtifactsDirectory, $"main-{owner.Name}-{format}.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = format, PrintBackground = true });
        var pages = PdfPages(pdf);

        var appendix = AppendixPage(pages);
        Assert.True(appendix is > 0 and <= MainPages, $"{owner.Name}, {format}: the main part takes {appendix} pages (of {pages.Count})");
        var words = MainPartWords(pages, appendix);
        Assert.True(words <= MainWords, $"{owner.Name}, {format}: the main part has {words} words");
        await page.Context.CloseAsync();
    }

    /// <summary>The text of each page, read by poppler's pdftotext (installed by test.sh with Chromium).</summary>
    private static List<string> PdfPages(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return [.. text.Split('\f').Where(p => p.Trim().Length > 0)];
    }

    private static string Squash(string text) => WhiteSpace().Replace(text, " ");

    [GeneratedRegex(@"^(OutsourcingAdvisor report|Page \d+ of \d+|OutsourcingAdvisor report\s+Page \d+ of \d+)$")]
    private static partial Regex FooterLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
