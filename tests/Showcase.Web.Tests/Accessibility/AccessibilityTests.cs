using System.Text;
using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Accessibility;

/// <summary>
/// axe-core on every kind of page, anonymous and signed in as each role, on a desktop and on a phone in 大字版: no
/// serious or critical WCAG 2.1 A/AA violation and landmarks and headings in order anywhere. Each tour's findings,
/// minor ones too, are kept as an artifact for the record.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser, DemoPortalFixture portal) : IClassFixture<DemoPortalFixture>
{
    public static TheoryData<string> Roles => new(PageTour.Roles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPage_PassesAxe(string role)
    {
        var page = await DemoPortalFixture.NewPageAsync(browser.Browser, portal.Host.BaseAddress!);
        await TourAsync(page, role, $"axe-{role}");
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("provider")]
    public async Task EveryPage_PassesAxe_OnAPhoneInLargeText(string role)
    {
        var page = await DemoPortalFixture.NewPageAsync(browser.Browser, portal.Host.BaseAddress!, width: 390, height: 844);
        await page.GotoAsync("/text-size/large?back=/");
        await TourAsync(page, role, $"axe-{role}-phone-large");
    }

    private async Task TourAsync(IPage page, string role, string artifact)
    {
        var report = new StringBuilder();
        var failing = new List<string>();
        await new PageTour(portal).WalkAsync(page, role, async stop =>
        {
            var findings = await AxeCheck.RunAsync(page);
            report.AppendLine($"{stop.Name} ({stop.Path}): {(findings.Count == 0 ? "clean" : string.Join("; ", findings))}");
            failing.AddRange(findings.Where(f => f.Fails).Select(f => $"{stop.Name}: {f}"));
        });

        await File.WriteAllTextAsync(Path.Combine(TestFolders.Artifacts(), $"{artifact}.txt"), report.ToString(), TestContext.Current.CancellationToken);
        Assert.True(failing.Count == 0, $"axe found violations as {role}:\n{string.Join("\n", failing)}\n\nAll pages:\n{report}");
    }
}
