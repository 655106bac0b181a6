using System.Text.RegularExpressions;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Reports;

/// <summary>
/// Issue 32, point 8: the report's sentences live in one place (the domain's Text/English.*.cs), so the views and
/// the view model that lay the report out hold none of their own: no text between tags and no string literal of
/// three or more words. (The pages around the report, such as an expired share link, keep their words in their own
/// Razor files.) Files only: it runs in the SQLite pass alone.
/// </summary>
[Trait("Provider", Only.Sqlite)]
public sealed partial class ReportWordsLiveInTextTests
{
    private static readonly string Reports = Path.Combine(SeedCopy.RepoRoot, "src", "OutsourcingAdvisor.Web", "Pages", "Reports");

    /// <summary>The report's own files: the page, its partials and the code that builds what they show.</summary>
    private static IEnumerable<string> ReportFiles() =>
        Directory.EnumerateFiles(Reports, "_*.cshtml")
            .Concat(new[] { "Report.cshtml", "Report.cshtml.cs", "ReportView.cs", "ReportPage.cs", "Charts.cs" }.Select(f => Path.Combine(Reports, f)));

    [Fact]
    public void TheReportsViewsWriteNoSentenceOfTheirOwn()
    {
        var files = ReportFiles().ToList();
        Assert.True(files.Count >= 10, $"only {files.Count} report files found");
        var strays = files.SelectMany(f => Sentences(File.ReadAllText(f)).Select(s => $"{Path.GetFileName(f)}:{s.Line}: {s.Text}")).ToList();
        Assert.True(strays.Count == 0, "Sentences in the report's views rather than Text/:\n" + string.Join("\n", strays));
    }

    [Theory]
    [InlineData("<h2>How the costs were worked out</h2>", true)]
    [InlineData("<p class=\"note\">@R.NoPrice and something more</p>", true)]
    [InlineData("return $\"{a} is cheaper than {b} here\";", true)]
    [InlineData("<div class=\"callout warning budget-warning\">@R.BudgetWarning</div>", false)]
    [InlineData("<dt>@R.EstimatedCost</dt>", false)]
    [InlineData("/// <summary>The rows of the cost table, in the order shown.</summary>", false)]
    [InlineData("@* the appendix starts on a new printed page *@", false)]
    public void TheScanTellsASentenceFromMarkup(string line, bool isSentence) => Assert.Equal(isSentence, Sentences(line).Any());

    private static IEnumerable<(int Line, string Text)> Sentences(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("@*", StringComparison.Ordinal) || Diagnostic().IsMatch(line)) continue;
            var withoutClasses = ClassAttribute().Replace(line, "");
            foreach (Match m in TextNode().Matches(withoutClasses).Concat(Literal().Matches(withoutClasses)))
                if (ThreeWords().IsMatch(WithoutCode(m.Groups["body"].Value))) yield return (i + 1, m.Value);
        }
    }

    [GeneratedRegex(@"\bthrow\b|Exception\(")]
    private static partial Regex Diagnostic();

    // class="callout warning" names styles, not words.
    [GeneratedRegex(@"\b(class|id|data-[a-z-]+|href|src|role|aria-hidden)=""[^""]*""")]
    private static partial Regex ClassAttribute();

    [GeneratedRegex(@">(?<body>[^<>]+)<")]
    private static partial Regex TextNode();

    [GeneratedRegex(@"\$?""(?<body>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    private static readonly string[] Keywords = ["if", "foreach", "for", "switch", "while", "using", "{"];

    /// <summary>
    /// The text with its code taken out: @R.Name(...), @(expression) and {holes} are the words of Text/, not the view's,
    /// and after @if or @foreach the rest of the line is code.
    /// </summary>
    private static string WithoutCode(string text)
    {
        var kept = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == '{') { i = PastBalanced(text, i, '{', '}'); kept.Append('#'); continue; }
            if (text[i] != '@') { kept.Append(text[i++]); continue; }
            var rest = text[(i + 1)..];
            if (Keywords.Any(k => rest.StartsWith(k, StringComparison.Ordinal))) break;
            i++;
            if (i < text.Length && text[i] == '(') i = PastBalanced(text, i, '(', ')');
            else
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.')) i++;
                if (i < text.Length && text[i] == '(') i = PastBalanced(text, i, '(', ')');
            }
            kept.Append('#');
        }
        return kept.ToString();
    }

    private static int PastBalanced(string text, int open, char opening, char closing)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == opening) depth++;
            else if (text[i] == closing && --depth == 0) return i + 1;
        }
        return text.Length;
    }

    [GeneratedRegex(@"[A-Za-z]+ [a-z]+ [a-z]+")]
    private static partial Regex ThreeWords();
}
