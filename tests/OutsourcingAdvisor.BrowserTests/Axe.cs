using System.Text.Json;
using System.Text.Json.Serialization;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace OutsourcingAdvisor.BrowserTests;

/// <summary>
/// Runs axe-core (the copy bundled with Deque.AxeCore.Commons) inside the page with <c>axe.run(document, …)</c> and
/// returns its violations only.
/// </summary>
/// <remarks>
/// Deque.AxeCore.Playwright's <c>RunAxe</c> collects partial results from every frame and then opens a blank page to
/// merge them. That costs about a second per check, even on a 410 page, and the accessibility tests check over a
/// hundred pages. The app's pages have no frames, so one <c>axe.run</c> in the page checks the same rules on the same
/// nodes; a page with a frame is refused rather than half checked. Timings are in the README ("The two commands").
/// </remarks>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async ([tags, disabledRules]) => {
            if (window.frames.length > 0) throw new Error('axe: this page has frames; the in-page run does not check them');
            const rules = {};
            for (const id of disabledRules) rules[id] = { enabled: false };
            const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
            return JSON.stringify(result.violations);
        }
        """;

    /// <summary>The WCAG rules every page must pass.</summary>
    public static readonly string[] Wcag21Aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page, string[] tags, string[] disabledRules)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Script.Value);
        var json = await page.EvaluateAsync<string>(Run, new object[] { tags, disabledRules });
        return JsonSerializer.Deserialize<List<Violation>>(json, Options) ?? throw new InvalidOperationException("axe returned no result");
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public sealed record Violation(string Id, string? Impact, string Help, string HelpUrl, Node[] Nodes);

    public sealed record Node(JsonElement Target, string Html, Check[]? Any, Check[]? All, Check[]? None)
    {
        /// <summary>axe's CSS selector path to the node (an array, with nested arrays for shadow DOM).</summary>
        public string Where => Target.ToString();
    }

    public sealed record Check([property: JsonPropertyName("message")] string Message);
}
