using Microsoft.Playwright;
using Showcase.Cases;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;
using SkiaSharp;

namespace Showcase.Web.Tests.Statistics;

/// <summary>
/// The statistics page and the map in Chromium: every chart drawn from the table beside it, under the site's CSP,
/// downloadable as PNG, SVG and Excel; the map coloured by the counts on a screenshot, showing China's full
/// territory, and leading to a province's list when clicked.
/// </summary>
public sealed class StatisticsPagesTests(BrowserFixture fixture)
{
    private const string AllDrawn = "() => [...document.querySelectorAll('figure[data-chart]')].every(f => f.dataset.drawn || !f.querySelector('tbody tr'))";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StatisticsPage_DrawsEveryChartFromItsTable_AndOffersPngSvgAndExcel_WithoutBreakingTheCsp()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var seed = new CatalogSeed(fixture.Host.Grains, portal.Tenant);
        foreach (var (id, after) in new[] { ("a", 0.9m), ("b", 0.6m), ("c", 0.3m) })
        {
            await seed.CaseAsync(id, CatalogSeed.Case("焊点检测" + id) with { Metrics = [new CaseMetric("焊点缺陷率", "%", 1.2m, after)] });
        }

        await seed.FactoryAsync("f", CatalogSeed.Factory("浙江示范工厂"));
        await seed.OpenChallengeAsync("open");
        var page = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Curator, javaScriptEnabled: true);
        var problems = Problems(page);

        await page.GotoAsync($"/t/{portal.Tenant}/statistics");
        await page.WaitForFunctionAsync(AllDrawn);

        var byYear = page.Locator("figure[data-chart]").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "各年份案例、示范工厂与先行区" }) });
        await Assertions.Expect(byYear.Locator("tbody tr")).ToHaveCountAsync(2);
        Assert.True(await byYear.Locator("canvas").EvaluateAsync<int>(InkedPixels) > 500, "the by-year chart is blank");
        Assert.Equal("true", await byYear.Locator(".chart-canvas").GetAttributeAsync("aria-hidden"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "揭榜挂帅进展" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("figure[data-chart=funnel][data-drawn]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("figure[data-chart=spread][data-drawn] tbody tr")).ToContainTextAsync("质量管控 · 焊点缺陷率（%）");
        await BrowserFixture.KeepScreenshotAsync(page, "statistics-page");

        var png = await page.RunAndWaitForDownloadAsync(() => byYear.GetByRole(AriaRole.Button, new() { Name = "下载图片（PNG）" }).ClickAsync());
        var svg = await page.RunAndWaitForDownloadAsync(() => byYear.GetByRole(AriaRole.Button, new() { Name = "下载矢量图（SVG）" }).ClickAsync());
        using (var picture = SKBitmap.Decode(await File.ReadAllBytesAsync((await png.PathAsync())!, Cancel)))
        {
            Assert.True(picture.Width > 400 && picture.Height > 200, $"{picture.Width} × {picture.Height}");
        }

        Assert.Equal("各年份案例、示范工厂与先行区.png", png.SuggestedFilename);
        var svgText = await File.ReadAllTextAsync((await svg.PathAsync())!, Cancel);
        Assert.StartsWith("<svg", svgText);
        Assert.Contains("2025年", svgText);
        Assert.Equal($"/t/{portal.Tenant}/statistics.xlsx?table=by-year", await byYear.GetByRole(AriaRole.Link, new() { Name = "下载数据（Excel）" }).GetAttributeAsync("href"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task StatisticsPage_WithoutJavaScript_IsItsTables_AndOrganisersFiguresStayWithOrganisers()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        await new CatalogSeed(fixture.Host.Grains, portal.Tenant).FactoryAsync("f", CatalogSeed.Factory("浙江示范工厂"));
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"/t/{portal.Tenant}/statistics");

        var byProvince = page.Locator("figure[data-chart]").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "各省份示范工厂、先行区与案例" }) });
        await Assertions.Expect(byProvince.GetByRole(AriaRole.Link, new() { Name = "浙江省" })).ToHaveAttributeAsync("href", $"/t/{portal.Tenant}/factories?province=33");
        await Assertions.Expect(byProvince.Locator(".chart-canvas")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "下载图片（PNG）" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "揭榜挂帅进展" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Map_IsColouredByTheCounts_ShowsChinasFullTerritory_AndAClickOpensTheProvincesList()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var seed = new CatalogSeed(fixture.Host.Grains, portal.Tenant);
        await seed.FactoryAsync("zj1", CatalogSeed.Factory("浙江示范工厂一"));
        await seed.FactoryAsync("zj2", CatalogSeed.Factory("浙江示范工厂二"));
        await seed.FactoryAsync("js", CatalogSeed.Factory("江苏示范工厂", "32", "3205"));
        await seed.FactoryAsync("hidden", CatalogSeed.Factory("未入选的工厂", "65", "6501"), select: false);
        await seed.PilotZoneAsync("yangtze", "长三角先行区", "3101", "3302");
        var page = await fixture.NewPageAsync(javaScriptEnabled: true);
        var problems = Problems(page);

        await page.GotoAsync($"/t/{portal.Tenant}/map");
        await page.WaitForFunctionAsync(AllDrawn);

        var zhejiang = page.Locator("tr[data-region=浙江]");
        await Assertions.Expect(zhejiang).ToHaveAttributeAsync("data-map-value", "3");
        await Assertions.Expect(page.Locator("tr[data-region=上海]")).ToHaveAttributeAsync("data-map-value", "1");
        await Assertions.Expect(page.Locator("tr[data-region=新疆]")).ToHaveCountAsync(0);
        await BrowserFixture.KeepScreenshotAsync(page, "map-page");

        var canvas = page.Locator(".china-map .chart-canvas");
        using var shot = SKBitmap.Decode(await canvas.ScreenshotAsync());
        SKColor At((double X, double Y) point) => shot.GetPixel((int)point.X, (int)point.Y);
        var (hangzhou, urumqi, lhasa, tawang, taipei) = (await PixelAsync(page, 120.2, 29.3), await PixelAsync(page, 86, 42), await PixelAsync(page, 88, 31.5), await PixelAsync(page, 91.87, 27.59), await PixelAsync(page, 121, 23.8));

        Assert.True(IsDarkBlue(At(hangzhou)), $"浙江 (3, the most) is {At(hangzhou)}");
        Assert.True(IsPale(At(urumqi)) && !IsBackground(At(urumqi)), $"新疆 (none public) is {At(urumqi)}");
        Assert.True(IsPale(At(taipei)) && !IsBackground(At(taipei)), $"台湾 is {At(taipei)}: drawn as land");
        Assert.True(Near(At(tawang), At(lhasa)), $"藏南 (达旺) is {At(tawang)}, 西藏 is {At(lhasa)}: the same province");
        Assert.True(await page.EvaluateAsync<bool>("() => !!echarts.getInstanceByDom(document.querySelector('.china-map .chart-canvas')).getModel().getSeriesByIndex(0).coordinateSystem.getRegion('南海诸岛')"),
            "the South China Sea islands inset is drawn");

        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync((float)(box.X + hangzhou.X), (float)(box.Y + hangzhou.Y));
        await page.WaitForURLAsync($"**/t/{portal.Tenant}/factories?province=33");
        await Assertions.Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(2);

        await page.GotoAsync($"/t/{portal.Tenant}/map?color=cases");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "地图按什么着色" }).GetByRole(AriaRole.Link, new() { Name = "案例" })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("案例分布");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task InEnglish_TheChartsTheirTablesButtonsAndTheMapReadInEnglish()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var seed = new CatalogSeed(fixture.Host.Grains, portal.Tenant);
        foreach (var (id, after) in new[] { ("a", 0.9m), ("b", 0.6m), ("c", 0.3m) })
        {
            await seed.CaseAsync(id, CatalogSeed.Case("焊点检测" + id) with { Metrics = [new CaseMetric("焊点缺陷率", "%", 1.2m, after)] });
        }

        await seed.FactoryAsync("zj", CatalogSeed.Factory("浙江示范工厂"));
        await seed.OpenChallengeAsync("open");
        var page = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Curator, javaScriptEnabled: true);
        var problems = Problems(page);

        await page.GotoAsync(Showcase.Web.Localization.Languages.SwitchPath("en", $"/t/{portal.Tenant}/statistics"));
        await page.WaitForFunctionAsync(AllDrawn);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Statistics");
        var byYear = page.Locator("figure[data-chart]").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Cases, demonstration factories and pilot zones by year" }) });
        await Assertions.Expect(byYear.GetByRole(AriaRole.Button, new() { Name = "Download the picture (PNG)" })).ToBeVisibleAsync();
        await Assertions.Expect(byYear.GetByRole(AriaRole.Link, new() { Name = "Download the data (Excel)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("figure[data-chart=spread] tbody tr")).ToContainTextAsync("Quality control · 焊点缺陷率 (%)");
        var funnel = page.Locator("figure[data-chart=funnel]");
        await Assertions.Expect(funnel.Locator("tbody tr").First).ToContainTextAsync("Posted");
        Assert.Equal("{b}: {c}", await funnel.Locator(".chart-canvas").EvaluateAsync<string>("c => echarts.getInstanceByDom(c).getOption().series[0].label.formatter"));
        await BrowserFixture.KeepScreenshotAsync(page, "statistics-in-english");

        await page.GotoAsync($"/t/{portal.Tenant}/map");
        await page.WaitForFunctionAsync(AllDrawn);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Demonstration factories and pilot zones by province");
        await Assertions.Expect(page.Locator("tr[data-region=浙江] td").First).ToHaveTextAsync("Zhejiang");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Zhejiang, Demonstration factories: 1" })).ToBeVisibleAsync();
        Assert.Empty(problems);
    }

    /// <summary>Where a longitude/latitude falls on the drawn map, in the canvas's pixels.</summary>
    private static async Task<(double X, double Y)> PixelAsync(IPage page, double longitude, double latitude)
    {
        var point = await page.EvaluateAsync<double[]>(
            "([lng, lat]) => echarts.getInstanceByDom(document.querySelector('.china-map .chart-canvas')).convertToPixel({ seriesIndex: 0 }, [lng, lat])",
            new[] { longitude, latitude });
        return (point[0], point[1]);
    }

    /// <summary>Console errors (a CSP refusal among them) and uncaught exceptions on the page.</summary>
    private static List<string> Problems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }

    private const string InkedPixels =
        "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200)) n++; return n; }";

    private static bool IsDarkBlue(SKColor c) => c.Blue > c.Red + 60 && c.Red < 60;

    private static bool IsPale(SKColor c) => c.Red > 200 && c.Green > 200 && c.Blue > 220;

    private static bool IsBackground(SKColor c) => c.Red > 250 && c.Green > 250 && c.Blue > 250;

    private static bool Near(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) < 24;
}
