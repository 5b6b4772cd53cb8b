using Microsoft.Playwright;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Accessibility;

/// <summary>
/// The demo portal on a phone (390 × 844, and the narrowest 320 px) and at 200% zoom: nothing scrolls sideways, search results come
/// before the filters, stacked tables say what each cell is, targets are big enough to tap, and 大字版 sticks.
/// </summary>
public sealed class PhoneLayoutTests(BrowserFixture browser, DemoPortalFixture portal) : IClassFixture<DemoPortalFixture>
{
    private const string T = $"/t/{DemoPortalFixture.Tenant}";

    /// <summary>Every role at 390 and 320 px; and 640 px, which is a 1280 px window at 200% zoom.</summary>
    public static TheoryData<string, int> RolesAndWidths =>
        new(PageTour.Roles.SelectMany(role => new[] { (role, 390), (role, 320) }).Append(("anonymous", 640)));

    [Theory]
    [MemberData(nameof(RolesAndWidths))]
    public async Task NoPageScrollsSideways(string role, int width)
    {
        var page = await PhoneAsync(width);
        var wide = new List<string>();
        await new PageTour(portal).WalkAsync(page, role, async stop =>
        {
            if (await SidewaysOverflowAsync(page) is > 0 and var overflow)
            {
                wide.Add($"{stop.Name} ({stop.Path}): {overflow} px too wide");
            }
        });

        Assert.Empty(wide);
    }

    [Fact]
    public async Task Search_ShowsTheFirstResultAboveTheFold_AndKeepsTheFiltersBehindTheirToggle()
    {
        var page = await PhoneAsync(390);
        await page.GotoAsync($"{T}/search?q={Uri.EscapeDataString("焊接")}");

        var first = page.Locator(".hits li").First.GetByRole(AriaRole.Link).First;
        var box = (await first.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= 844, $"The first result ends {box.Y + box.Height} px down, below the fold.");
        var filters = page.Locator("details.facets");
        await Assertions.Expect(filters).Not.ToHaveAttributeAsync("open", "");

        await page.GetByRole(AriaRole.Link, new() { Name = "筛选", Exact = true }).ClickAsync();
        var facets = page.GetByRole(AriaRole.Navigation, new() { Name = "筛选" });
        await facets.GetByRole(AriaRole.Link).Filter(new() { HasText = "汽车" }).First.ClickAsync();

        Assert.Contains("industry=automotive", page.Url);
        await Assertions.Expect(page.Locator("details.facets > summary")).ToHaveTextAsync("筛选（已选 1 项）");
        await Assertions.Expect(page.Locator("#filters a[aria-current=true]")).ToContainTextAsync("汽车");
        Assert.True((await page.Locator(".hits li").First.BoundingBoxAsync())!.Y < 844);
    }

    [Fact]
    public async Task StackedTables_SayWhatEachCellIs()
    {
        var page = await PhoneAsync(390);
        await page.GotoAsync($"{T}/challenges");

        var cells = page.Locator("table.list tbody tr").First.Locator("td");
        Assert.Equal(["榜单名称", "行业", "预算上限", "揭榜截止", "已揭榜", "状态"], await cells.EvaluateAllAsync<string[]>("cells => cells.map(td => td.dataset.label)"));
        Assert.All(await cells.EvaluateAllAsync<string[]>("cells => cells.map(td => getComputedStyle(td, '::before').content)"), shown => Assert.NotEqual("none", shown));
        await Assertions.Expect(page.Locator("table.list thead")).ToHaveCSSAsync("position", "absolute");
    }

    public static TheoryData<string> Roles => new(PageTour.Roles);

    /// <summary>
    /// Every link, button and field a thumb aims at is at least 44 px tall, on every page of each role's tour. Links
    /// inside running text are the exception WCAG makes for inline targets; a box inside its label is aimed at
    /// through the label.
    /// </summary>
    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Targets_AreAtLeast44PixelsTall_OnAPhone(string role)
    {
        var page = await PhoneAsync(390);
        var small = new List<string>();
        await new PageTour(portal).WalkAsync(page, role, async stop =>
        {
            if (await page.Locator("details.site-menu > summary").CountAsync() > 0)
            {
                await page.Locator("details.site-menu > summary").ClickAsync();
            }

            small.AddRange((await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('a, button, select, input:not([type=hidden]), textarea, summary')]
                    .filter(e => e.getClientRects().length > 0 && !e.closest('p, .prose, .markdown, .hint, dd, .notice, label, .skip-link, svg'))
                    .filter(e => e.getBoundingClientRect().height < 44)
                    .map(e => `${e.tagName.toLowerCase()} “${(e.textContent || e.name || '').trim().slice(0, 16)}” ${Math.round(e.getBoundingClientRect().height)} px`)
                """)).Select(target => $"{stop.Name}: {target}"));
        });

        Assert.Empty(small);
    }

    [Fact]
    public async Task Map_OnAPhone_LeadsWithTheList_ThenDrawsTheMapInsideTheScreen()
    {
        var page = await PhoneAsync(390);
        await page.GotoAsync($"{T}/map");

        Assert.True((await page.Locator("table.list tbody tr").First.BoundingBoxAsync())!.Y < 844);
        await Assertions.Expect(page.Locator("figure.china-map[data-drawn]")).ToBeAttachedAsync();
        var map = (await page.Locator(".china-map .chart-canvas").BoundingBoxAsync())!;
        var table = (await page.Locator(".china-map table").BoundingBoxAsync())!;
        Assert.True(map.Y > table.Y && map.X >= 0 && map.X + map.Width <= 390, $"The map is at {map.X},{map.Y} ({map.Width} wide), the list at {table.Y}.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "浙江省", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task LargeText_IsRemembered_AndNothingIsSmallerThan14Pixels()
    {
        var page = await PhoneAsync(390);
        await page.GotoAsync($"{T}/cases");
        Assert.True(await SmallestTextAsync(page) >= 14);

        await page.GetByRole(AriaRole.Link, new() { Name = "大字版" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(portal.Host.BaseAddress!, $"{T}/cases").ToString());
        await page.GotoAsync($"{T}/challenges");
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync("large-text");
        Assert.True(await SmallestTextAsync(page) >= 17.5);
        Assert.Equal(0, await SidewaysOverflowAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "标准字号" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).Not.ToHaveClassAsync("large-text");
    }

    [Fact]
    public async Task TextSizeSwitch_GoesBackOnlyToThisSite()
    {
        var page = await PhoneAsync(390);
        var response = await page.APIRequest.GetAsync("/text-size/large?back=//evil.example/", new() { MaxRedirects = 0 });
        Assert.Equal("/", response.Headers["location"]);
    }

    /// <summary>The smallest computed font size of any visible text on the page, in CSS pixels.</summary>
    private static Task<double> SmallestTextAsync(IPage page) => page.EvaluateAsync<double>("""
        () => Math.min(...[...document.querySelectorAll('body *')]
            .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && e.getClientRects().length > 0
                && !e.closest('svg, .visually-hidden, thead'))
            .map(e => parseFloat(getComputedStyle(e).fontSize)))
        """);

    /// <summary>How many CSS pixels the page is wider than the window; 0 when nothing scrolls sideways.</summary>
    private static Task<int> SidewaysOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

    private Task<IPage> PhoneAsync(int width) =>
        DemoPortalFixture.NewPageAsync(browser.Browser, portal.Host.BaseAddress!, width, height: 844, phone: true);
}
