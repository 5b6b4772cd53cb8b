using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Showcase.Web.Tests.Accessibility;

/// <summary>
/// axe-core (the engine Deque ships inside its Playwright binding, injected into the page from the test, never from a
/// network) checking a page against WCAG 2.1 A and AA, and axe's best practices for the page's outline.
/// </summary>
public static class AxeCheck
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    /// <summary>Each violation on the page as one line: impact, rule, how many elements and the first of them.</summary>
    public static async Task<IReadOnlyList<AxeFinding>> RunAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21);
        return result.Violations
            .Select(v => new AxeFinding(v.Impact ?? "unknown", v.Id, v.Help, v.Nodes.Length, v.Nodes.First().Target.ToString()))
            .ToList();
    }
}

public sealed record AxeFinding(string Impact, string Rule, string Help, int Elements, string FirstTarget)
{
    /// <summary>
    /// What fails a page: anything serious or critical, and any gap in its landmarks or headings (best practices
    /// axe rates moderate, but what screen-reader users navigate by).
    /// </summary>
    public bool Fails => Impact is "serious" or "critical" || Rule.StartsWith("landmark-", StringComparison.Ordinal)
        || Rule is "region" or "heading-order" or "page-has-heading-one" or "empty-heading";

    public override string ToString() => $"{Impact} {Rule} ×{Elements} ({Help}; first: {FirstTarget})";
}
