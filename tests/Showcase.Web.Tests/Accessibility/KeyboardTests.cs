using Microsoft.Playwright;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Accessibility;

/// <summary>The keyboard alone: the skip link is the first Tab on every page, and signing in and bidding need no mouse.</summary>
public sealed class KeyboardTests(BrowserFixture browser, DemoPortalFixture portal) : IClassFixture<DemoPortalFixture>
{
    private const string T = $"/t/{DemoPortalFixture.Tenant}";

    [Fact]
    public async Task FirstTab_IsTheSkipLink_WhichTakesTheNextTabIntoTheContent()
    {
        var page = await DemoPortalFixture.NewPageAsync(browser.Browser, portal.Host.BaseAddress!);
        foreach (var path in new[] { $"{T}/", $"{T}/search?q={Uri.EscapeDataString("焊接")}", $"{T}/challenges", $"{T}/login" })
        {
            await page.GotoAsync(path);
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("跳到主要内容", await FocusedAsync(page, "e => e.textContent.trim()"));
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "跳到主要内容" })).ToBeInViewportAsync();

            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await FocusedAsync(page, "e => !!e.closest('main')") == "true", $"On {path} the Tab after the skip link left the main content.");
        }
    }

    [Fact]
    public async Task Provider_SignsInAndBids_WithTheKeyboardAlone()
    {
        var page = await DemoPortalFixture.NewPageAsync(browser.Browser, portal.Host.BaseAddress!);
        await page.GotoAsync($"{T}/login");
        await TabToAsync(page, "#login");
        await page.Keyboard.TypeAsync("provider");
        await TabToAsync(page, "input[type=password]");
        await page.Keyboard.TypeAsync(DemoPortalFixture.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".user-menu")).ToContainTextAsync("退出");

        await page.GotoAsync(await FirstChallengeAsync(page));
        await TabToAsync(page, "#bid-proposal");
        await page.Keyboard.TypeAsync("## 方案\n工业相机加边缘推理，键盘填写。");
        await TabToAsync(page, "#bid-price");
        await page.Keyboard.TypeAsync("120");
        await TabToAsync(page, "#bid-schedule");
        await page.Keyboard.TypeAsync("6 个月");
        await TabToAsync(page, "#bid-team");
        await page.Keyboard.TypeAsync("赵磊 · 项目经理");
        await TabToAsync(page, "form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "您已揭榜" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RefusedForm_FocusesItsErrors_AndEachFieldPointsAtItsMessage()
    {
        var page = await DemoPortalFixture.NewPageAsync(browser.Browser, portal.Host.BaseAddress!);
        await DemoPortalFixture.SignInAsync(page, "curator");
        await page.GotoAsync($"{T}/challenges/new");
        await page.GetByLabel("预算下限（万元）").FillAsync("500");
        await page.GetByLabel("预算上限（万元）").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
        var title = page.GetByLabel("榜单名称 *");
        await Assertions.Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(title).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("榜单名称"));
        await Assertions.Expect(page.GetByLabel("预算上限（万元）")).Not.ToHaveAttributeAsync("aria-invalid", "true");
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has focus (at most 100 times).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 100; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"100 Tabs never reached {selector}.");
    }

    private static Task<string> FocusedAsync(IPage page, string read) =>
        page.EvaluateAsync<string>($"() => String(({read})(document.activeElement))");

    private static async Task<string> FirstChallengeAsync(IPage page)
    {
        await page.GotoAsync($"{T}/challenges?status=open");
        return (await page.Locator("table.list tbody a").First.GetAttributeAsync("href"))!;
    }
}
