using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Showcase.Web.Tests.Accessibility;

/// <summary>
/// axe-core (the engine Deque ships inside its Playwright binding, injected into the page from the test, never from a
/// network) checking a page against WCAG 2.1 A and AA.
/// </summary>
public static class AxeCheck
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Each violation on the page as one line: impact, rule, how many elements and the first of them.</summary>
    public static async Task<IReadOnlyList<AxeFinding>> RunAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21);
        return result.Violations
            .Select(v => new AxeFinding(v.Impact ?? "unknown", v.Id, v.Help, v.Nodes.Length, string.Join(" ", v.Nodes.First().Target.ToString())))
            .ToList();
    }
}

public sealed record AxeFinding(string Impact, string Rule, string Help, int Elements, string FirstTarget)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() => $"{Impact} {Rule} ×{Elements} ({Help}; first: {FirstTarget})";
}
