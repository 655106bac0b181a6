using System.Text.RegularExpressions;

namespace OutsourcingAdvisor.Domain.Tests.Wording;

/// <summary>
/// Issue 32, point 8: the sentences a reader sees live in one place, so they can be reviewed together. In the domain
/// that is <c>Text/</c> (the report, the criteria's reasons, the engine's notes, names and labels) and
/// <c>Assessment/Questions.cs</c> (the questionnaire's questions, hints and answer errors, beside the questions they
/// belong to). Everywhere else a string of three or more words is a sentence out of place, unless it is a diagnostic
/// for a developer or a catalogue editor: an exception's message, a seed file's <c>Fail</c>, a catalogue rule's
/// (field, message) pair.
/// </summary>
public sealed partial class SentencesLiveInTextTests
{
    private static readonly string DomainSource = Path.Combine(TestCatalogue.RepoRoot, "src", "OutsourcingAdvisor.Domain");

    /// <summary>Where the domain's words are meant to be.</summary>
    private static readonly string[] WordPlaces = ["Text" + Path.DirectorySeparatorChar, Path.Combine("Assessment", "Questions.cs")];

    [Fact]
    public void EverySentenceOfTheDomainIsInTextOrTheQuestionnaire()
    {
        var strays = new List<string>();
        foreach (var file in Directory.EnumerateFiles(DomainSource, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(DomainSource, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar) || relative.StartsWith("obj" + Path.DirectorySeparatorChar)) continue;
            if (WordPlaces.Any(p => relative.StartsWith(p, StringComparison.Ordinal))) continue;
            // An exception type's own message is a diagnostic, like the message it is thrown with.
            if (relative.EndsWith("Exception.cs", StringComparison.Ordinal)) continue;
            strays.AddRange(Sentences(File.ReadAllText(file)).Select(s => $"{relative}:{s.Line}: {s.Text}"));
        }
        Assert.True(strays.Count == 0, "Sentences outside Text/ and Questions.cs:\n" + string.Join("\n", strays));
    }

    [Fact]
    public void TheTextFolderHoldsTheReportsSentences()
    {
        // The scan above passes trivially if the words were never there: the report's sentences must be found in Text/.
        var text = Directory.EnumerateFiles(Path.Combine(DomainSource, "Text"), "*.cs").SelectMany(f => Sentences(File.ReadAllText(f))).ToList();
        Assert.True(text.Count > 300, $"only {text.Count} sentences found in Text/");
        Assert.Contains(text, s => s.Text.Contains("delivery typically costs"));
        Assert.Contains(text, s => s.Text.Contains("a one-off project with an outside provider"));
    }

    [Theory]
    [InlineData("var reason = \"Offshore providers cost less here.\";", true)]
    [InlineData("return $\"About {cost} a month, within your budget.\";", true)]
    [InlineData("Name = \"Work not in the list\",", true)]
    [InlineData("throw new InvalidOperationException(\"the catalogue has no bands\");", false)]
    [InlineData("throw e.Fail(\"name\", $\"is longer than {Max} characters\");", false)]
    [InlineData("if (x) yield return ($\"{field}.min\", \"must not be negative\");", false)]
    [InlineData("/// <summary>\"a month\", \"in total\": how the report reads a period.</summary>", false)]
    [InlineData("// a comment with several words in it", false)]
    [InlineData("var unit = \"per-seat\"; var tag = \"LPO\"; var twoWords = \"a month\";", false)]
    public void TheScanTellsASentenceFromACodeOrADiagnostic(string line, bool isSentence) =>
        Assert.Equal(isSentence, Sentences(line).Any());

    private static IEnumerable<(int Line, string Text)> Sentences(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("//", StringComparison.Ordinal) || Diagnostic().IsMatch(line)) continue;
            foreach (Match literal in Literal().Matches(line))
            {
                var text = Hole().Replace(literal.Groups["body"].Value, "#");
                if (ThreeWords().IsMatch(text)) yield return (i + 1, literal.Value);
            }
        }
    }

    [GeneratedRegex(@"\bthrow\b|Exception\(|\.Fail\(|yield return \(")]
    private static partial Regex Diagnostic();

    [GeneratedRegex(@"\$?""(?<body>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"[A-Za-z]+ [a-z]+ [a-z]+")]
    private static partial Regex ThreeWords();
}
