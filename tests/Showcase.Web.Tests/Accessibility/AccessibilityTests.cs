using System.Text;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Accessibility;

/// <summary>
/// axe-core on every kind of page, anonymous and signed in as each role: no serious or critical WCAG 2.1 A/AA
/// violation anywhere. Each role's findings, minor ones too, are kept as an artifact for the record.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser, DemoPortalFixture portal) : IClassFixture<DemoPortalFixture>
{
    public static TheoryData<string> Roles => new(PageTour.Roles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPage_HasNoSeriousOrCriticalAxeViolation(string role)
    {
        var page = await DemoPortalFixture.NewPageAsync(browser.Browser, portal.Host.BaseAddress!);
        if (role != "anonymous")
        {
            await DemoPortalFixture.SignInAsync(page, role);
        }

        var report = new StringBuilder();
        var serious = new List<string>();
        foreach (var stop in await new PageTour(portal).StopsAsync(page, role))
        {
            await page.GotoAsync(stop.Path);
            if (stop.Then is not null)
            {
                await stop.Then(page);
            }

            var findings = await AxeCheck.RunAsync(page);
            report.AppendLine($"{stop.Name} ({stop.Path}): {(findings.Count == 0 ? "clean" : string.Join("; ", findings))}");
            serious.AddRange(findings.Where(f => f.IsSeriousOrCritical).Select(f => $"{stop.Name}: {f}"));
        }

        await File.WriteAllTextAsync(Path.Combine(TestFolders.Artifacts(), $"axe-{role}.txt"), report.ToString(), TestContext.Current.CancellationToken);
        Assert.True(serious.Count == 0, $"axe found serious or critical violations as {role}:\n{string.Join("\n", serious)}\n\nAll pages:\n{report}");
    }
}
