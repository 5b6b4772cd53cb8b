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
    public async Task Curator_BuildsACollection_WithTheKeyboardAlone_AndEnterInANoteSavesTheNote()
    {
        var page = await DemoPortalFixture.NewPageAsync(browser.Browser, portal.Host.BaseAddress!);
        await DemoPortalFixture.SignInAsync(page, "curator");
        await page.GotoAsync($"{T}/collections/new");
        await TabToAsync(page, "#title");
        await page.Keyboard.TypeAsync("键盘编排的案例集");
        await TabToAsync(page, "main button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("案例集已创建");

        await TabToAsync(page, "#section-title");
        await page.Keyboard.TypeAsync("质量管控");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("章节已添加");

        await TabToAsync(page, "#find");
        await page.Keyboard.TypeAsync("焊接");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("find="));
        await TabToAsync(page, "input[name='Edit.Cases']:not([disabled])");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "form[aria-label='查找结果'] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已加入 1 个案例");

        await TabToAsync(page, "input[id^='note-']");
        await page.Keyboard.TypeAsync("现场可参观。");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("编者按已保存");
        await Assertions.Expect(page.Locator("input[id^='note-']")).ToHaveValueAsync("现场可参观。");
        await Assertions.Expect(page.Locator(".collection-section h3")).ToContainTextAsync(["入选案例", "质量管控"]);
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

    [Fact]
    public async Task FocusRing_ContrastsAtLeastThreeToOne_WithWhatSurroundsEveryFocusedControl()
    {
        var page = await DemoPortalFixture.NewPageAsync(browser.Browser, portal.Host.BaseAddress!);
        await DemoPortalFixture.SignInAsync(page, "curator");
        var weak = new List<string>();
        foreach (var path in new[] { $"{T}/", $"{T}/search?q={Uri.EscapeDataString("焊接")}", $"{T}/challenges/new", $"{T}/map" })
        {
            await page.GotoAsync(path);
            for (var presses = 0; presses < 60; presses++)
            {
                await page.Keyboard.PressAsync("Tab");
                var ring = await page.EvaluateAsync<FocusRing>(FocusRingScript);
                if (ring.Element.StartsWith("<body", StringComparison.Ordinal))
                {
                    break;
                }

                if (ring.Contrast < 3)
                {
                    weak.Add($"{path}: {ring.Element} {ring.Contrast:0.0}:1 {ring.Style}");
                }
            }
        }

        Assert.True(weak.Count == 0, string.Join(Environment.NewLine, weak));
    }

    /// <summary>The focused element's outline and box-shadow colours against the first opaque background behind it; the better of the two counts.</summary>
    private const string FocusRingScript = """
        () => {
          const rgb = c => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
          const luminance = c => rgb(c).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const ratio = (a, b) => { const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05); };
          const opaque = c => c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
          const e = document.activeElement, style = getComputedStyle(e);
          let around = 'rgb(255, 255, 255)';
          for (let n = e.parentElement; n; n = n.parentElement) {
            const c = getComputedStyle(n).backgroundColor;
            if (opaque(c)) { around = c; break; }
          }
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? ratio(style.outlineColor, around) : 0;
          const shadowColour = style.boxShadow.match(/rgba?\([^)]*\)/);
          const shadow = shadowColour && opaque(shadowColour[0]) ? ratio(shadowColour[0], around) : 0;
          return { element: e.outerHTML.slice(0, 100), contrast: Math.max(outline, shadow), style: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} / ${style.boxShadow} on ${around}` };
        }
        """;

    private sealed class FocusRing
    {
        public string Element { get; set; } = "";

        public double Contrast { get; set; }

        public string Style { get; set; } = "";
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
