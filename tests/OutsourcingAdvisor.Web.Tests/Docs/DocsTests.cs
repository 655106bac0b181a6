using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Docs;

/// <summary>
/// The documentation stays true to the repository: every relative link in README.md and docs/ resolves (and a
/// #fragment into a markdown file names one of its headings), every setting the app reads is described in
/// docs/operating.md, and the README stays short. Files only, no app or database: it runs in the SQLite pass alone.
/// </summary>
[Trait("Provider", Only.Sqlite)]
public sealed partial class DocsTests
{
    private static readonly string Root = FindRoot();

    /// <summary>The folder holding OutsourcingAdvisor.sln, found by walking up from the test's binaries.</summary>
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OutsourcingAdvisor.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds OutsourcingAdvisor.sln.");
    }

    /// <summary>README.md, every markdown file under docs/, and the seed-data README they link to.</summary>
    private static IReadOnlyList<string> MarkdownFiles() =>
    [
        Path.Combine(Root, "README.md"),
        .. Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal),
        Path.Combine(Root, "seed-data", "README.md"),
    ];

    private static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string OperatingPage => File.ReadAllText(Path.Combine(Root, "docs", "operating.md"));

    // ---- Links ----------------------------------------------------------------------------------------------

    [Fact]
    public void EveryRelativeLinkInTheDocsResolves()
    {
        var problems = MarkdownFiles().SelectMany(f => LinkProblems(f, File.ReadAllText(f))).ToList();
        Assert.True(problems.Count == 0, "Broken links:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void TheLinkCheckFindsAMissingFileAndAMissingHeading()
    {
        // As if these lines stood in README.md: two broken links, and links the check must accept or leave alone.
        var text = """
            [gone](docs/no-such-page.md) and [no heading](docs/api.md#no-such-heading)
            [fine](docs/api.md#errors), [a folder](docs/decisions/), ![an image](docs/decisions/README.md)
            [outside](https://example.com/x.md), [mail](mailto:someone@example.com), [here](#anything)
            `[in code](nowhere.md)`

            ```
            [in a fence](nowhere.md)
            ```
            """;
        var problems = LinkProblems(Path.Combine(Root, "README.md"), text).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("docs/no-such-page.md", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("#no-such-heading", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Several instances on one PostgreSQL", "several-instances-on-one-postgresql")]
    [InlineData("0001. Group commit for API submissions", "0001-group-commit-for-api-submissions")]
    [InlineData("Where a SQLite submission's CPU goes", "where-a-sqlite-submissions-cpu-goes")]
    [InlineData("Load: `bench/load.sh`", "load-benchloadsh")]
    [InlineData("Typed settings (checked at start)", "typed-settings-checked-at-start")]
    [InlineData("A [linked](other.md) heading_with_underscores", "a-linked-heading_with_underscores")]
    [InlineData("Ties, close calls and honesty", "ties-close-calls-and-honesty")]
    public void HeadingsGetGitHubsAnchors(string heading, string anchor) => Assert.Equal(anchor, Slug(heading));

    [Fact]
    public void ARepeatedHeadingGetsANumberedAnchor()
    {
        var anchors = Anchors("# Notes\n## Notes\ntext\n### Notes\n");
        Assert.Equal(["notes", "notes-1", "notes-2"], anchors.Order(StringComparer.Ordinal));
    }

    /// <summary>Each link of <paramref name="text"/> (as if in <paramref name="file"/>) that names no file, folder or heading.</summary>
    private static IEnumerable<string> LinkProblems(string file, string text)
    {
        var folder = Path.GetDirectoryName(file)!;
        foreach (var (line, target) in Links(text))
        {
            var where = $"{Relative(file)}:{line}: ({target})";
            if (IsExternal(target) || target.StartsWith('#')) continue;
            var hash = target.IndexOf('#');
            var pathPart = hash < 0 ? target : target[..hash];
            var fragment = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
            if (pathPart.IndexOf('?') is var q and >= 0) pathPart = pathPart[..q];
            var decoded = Uri.UnescapeDataString(pathPart);
            var full = Path.GetFullPath(decoded.StartsWith('/') ? Path.Combine(Root, decoded.TrimStart('/')) : Path.Combine(folder, decoded));
            if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != Root)
            {
                yield return $"{where} points outside the repository";
                continue;
            }
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                yield return $"{where} names no file or folder";
                continue;
            }
            if (fragment is { Length: > 0 } && File.Exists(full) && full.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && !Anchors(File.ReadAllText(full)).Contains(fragment))
                yield return $"{where} names no heading #{fragment} in {Relative(full)}";
        }
    }

    private static bool IsExternal(string target) =>
        target.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every link target with its line number: inline links and images (<c>[..](t)</c>, <c>![..](t)</c>), reference
    /// definitions (<c>[id]: t</c>) and HTML <c>href</c>/<c>src</c>. Fenced code blocks and code spans are skipped,
    /// as GitHub shows them as text.
    /// </summary>
    private static IEnumerable<(int Line, string Target)> Links(string text)
    {
        var lines = ProseLines(text);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is not { } line) continue;
            var prose = CodeSpan().Replace(line, "");
            foreach (Match m in InlineLink().Matches(prose)) yield return (i + 1, m.Groups["t"].Value);
            foreach (Match m in ReferenceDefinition().Matches(prose)) yield return (i + 1, m.Groups["t"].Value);
            foreach (Match m in HtmlLink().Matches(prose)) yield return (i + 1, m.Groups["t"].Value);
        }
    }

    /// <summary>The lines of a markdown text, with those inside fenced code blocks (and the fences) as null.</summary>
    private static List<string?> ProseLines(string text)
    {
        var result = new List<string?>();
        string? fence = null;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
                result.Add(null);
            }
            else if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal)) fence = null;
                result.Add(null);
            }
            else
            {
                result.Add(line);
            }
        }
        return result;
    }

    /// <summary>The anchors GitHub makes for a markdown text: one per heading (repeats numbered), plus HTML ids.</summary>
    private static HashSet<string> Anchors(string text)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in ProseLines(text))
        {
            if (line is null) continue;
            foreach (Match m in HtmlAnchor().Matches(line)) anchors.Add(m.Groups["id"].Value);
            if (AtxHeading().Match(line) is not { Success: true } heading) continue;
            var slug = Slug(heading.Groups["text"].Value);
            var n = seen.GetValueOrDefault(slug);
            seen[slug] = n + 1;
            anchors.Add(n == 0 ? slug : $"{slug}-{n}");
        }
        return anchors;
    }

    /// <summary>
    /// GitHub's anchor for a heading: its text as shown (link targets, images, HTML tags and code marks dropped),
    /// lower case, every character that is not a letter, digit, '-', '_' or space dropped, each space made '-'.
    /// </summary>
    private static string Slug(string heading)
    {
        var shown = HtmlTag().Replace(LinkInText().Replace(ImageInText().Replace(heading, ""), "${text}"), "");
        var slug = new StringBuilder();
        foreach (var c in shown.Trim().ToLowerInvariant())
        {
            if (c == ' ') slug.Append('-');
            else if (char.IsLetterOrDigit(c) || c is '-' or '_') slug.Append(c);
        }
        return slug.ToString();
    }

    [GeneratedRegex(@"(`+).+?\1")]
    private static partial Regex CodeSpan();

    // Any "](target)" is a link or image target, also where an image sits inside a link.
    [GeneratedRegex(@"\]\(\s*<?(?<t>[^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*<?(?<t>[^\s>]+)>?")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"<(?:a|img)\b[^>]*?\s(?:href|src)\s*=\s*""(?<t>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"<a\b[^>]*?\s(?:id|name)\s*=\s*""(?<id>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAnchor();

    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(?<text>.*?)(?:\s+#+)?\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex ImageInText();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkInText();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    // ---- Settings -------------------------------------------------------------------------------------------

    /// <summary>
    /// The typed options classes: every class of the web assembly with a <c>public const string Section</c>, which
    /// is how SettingsSetup binds each to its configuration section.
    /// </summary>
    private static IReadOnlyList<(Type Type, string Section)> OptionClasses() =>
    [
        .. typeof(SettingsSetup).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Select(t => (Type: t, Field: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.Field is { IsLiteral: true } && x.Field.FieldType == typeof(string))
            .Select(x => (x.Type, (string)x.Field!.GetRawConstantValue()!))
            .OrderBy(x => x.Item2, StringComparer.Ordinal),
    ];

    /// <summary>"Section:Property" for every public settable property of every typed options class.</summary>
    private static IReadOnlyList<string> TypedSettings() =>
    [
        .. OptionClasses().SelectMany(o => o.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Select(p => $"{o.Section}:{p.Name}")),
    ];

    [Fact]
    public void TheOptionClassesFoundAreTheOnesTheAppBinds()
    {
        var services = new ServiceCollection();
        services.AddAdvisorSettings(new ConfigurationBuilder().Build());
        var bound = services.Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.Assembly == typeof(SettingsSetup).Assembly)
            .Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        Assert.Equal(bound, OptionClasses().Select(o => o.Type).OrderBy(t => t.FullName, StringComparer.Ordinal));
        Assert.True(bound.Count >= 8, $"Only {bound.Count} options classes were found.");
    }

    [Fact]
    public void EveryTypedSettingIsDocumentedInOperating()
    {
        var page = OperatingPage;
        var settings = TypedSettings();
        Assert.Contains("RateLimits:SignInPerMinute", settings);
        var missing = settings.Where(s => !page.Contains($"`{s}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Not in docs/operating.md (write each as `Section:Name`): " + string.Join(", ", missing));
    }

    /// <summary>Keys the app reads by name (config["A:B"], GetValue("A:B"), GetSection("A:B"), GetConnectionString("A")) in src/.</summary>
    private static IReadOnlyList<string> SettingsReadByName()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var parts = Relative(file).Split('/');
            if (parts.Contains("bin") || parts.Contains("obj") || parts.Contains("Migrations") || parts.Contains("CompiledModel")) continue;
            var code = File.ReadAllText(file);
            foreach (Match m in NamedSetting().Matches(code)) keys.Add(m.Groups["key"].Value);
            foreach (Match m in ConnectionString().Matches(code)) keys.Add($"ConnectionStrings:{m.Groups["name"].Value}");
        }
        return [.. keys];
    }

    [GeneratedRegex(@"(?:\b\w*[Cc]onfig\w*\s*\[\s*|\.GetValue(?:<[^>]+>)?\(\s*|\.GetSection\(\s*)""(?<key>[A-Za-z][\w.]*(?::[\w.]+)+)""")]
    private static partial Regex NamedSetting();

    [GeneratedRegex(@"\.GetConnectionString\(\s*""(?<name>\w+)""\s*\)")]
    private static partial Regex ConnectionString();

    [Fact]
    public void EverySettingReadByNameIsDocumentedInOperating()
    {
        var page = OperatingPage;
        var keys = SettingsReadByName();
        Assert.Contains("Database:Provider", keys);
        Assert.Contains("ConnectionStrings:Advisor", keys);
        var missing = keys.Where(k => !page.Contains($"`{k}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Not in docs/operating.md (write each as `Section:Name`): " + string.Join(", ", missing));
    }

    // ---- Shape ----------------------------------------------------------------------------------------------

    [Fact]
    public void TheReadmeStaysWithinTwoHundredLines()
    {
        var lines = File.ReadAllText(Path.Combine(Root, "README.md")).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length;
        Assert.True(lines <= 200, $"README.md has {lines} lines; keep it within 200 and move detail to docs/.");
    }

    [Fact]
    public void EveryDocsPageIsLinkedFromTheReadmeAndEveryRecordFromTheIndex()
    {
        var readme = Links(File.ReadAllText(Path.Combine(Root, "README.md"))).Select(l => l.Target.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f))
            .Append("docs/decisions/README.md");
        var unlinked = pages.Where(p => !readme.Contains(p)).ToList();
        Assert.True(unlinked.Count == 0, "Not linked from README.md: " + string.Join(", ", unlinked));

        var decisions = Path.Combine(Root, "docs", "decisions");
        var index = Links(File.ReadAllText(Path.Combine(decisions, "README.md"))).Select(l => l.Target.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        var records = Directory.EnumerateFiles(decisions, "*.md").Select(Path.GetFileName).Where(n => n != "README.md").ToList();
        Assert.NotEmpty(records);
        var unindexed = records.Where(r => !index.Contains(r!)).ToList();
        Assert.True(unindexed.Count == 0, "Not linked from docs/decisions/README.md: " + string.Join(", ", unindexed));
    }
}
