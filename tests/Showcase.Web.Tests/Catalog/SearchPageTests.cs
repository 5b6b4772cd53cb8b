using Microsoft.Playwright;
using Showcase.Tenancy;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Catalog;

public sealed class SearchPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SearchBySynonym_NarrowByFacet_ShareableUrl_HelpfulEmptyState()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护", "ferrous-metals", "maintenance"));
        await seed.CaseAsync("rolling", CatalogSeed.Case("热轧产线设备健康管理", "ferrous-metals", "maintenance"));
        await seed.CaseAsync("engine", CatalogSeed.Case("发动机缸体远程运维", "automotive", "maintenance"));
        await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
        await SearchIndexed.WaitAsync(fixture.Host, tenant.Value, 4);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"/t/{tenant}/");
        await page.GetByPlaceholder("搜索案例、场景、示范工厂、先行区、供应商").FillAsync("预测性维护");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        var results = page.GetByRole(AriaRole.Region, new() { Name = "搜索结果" });
        await Assertions.Expect(results.Locator(".hits li")).ToHaveCountAsync(3);
        await Assertions.Expect(results.Locator("mark").First).ToBeVisibleAsync();

        var facets = page.GetByRole(AriaRole.Navigation, new() { Name = "筛选" });
        await facets.GetByRole(AriaRole.Link).Filter(new() { HasText = "汽车" }).ClickAsync();
        Assert.Contains("industry=automotive", page.Url);
        await Assertions.Expect(facets.Locator("a[aria-current=true]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^✓ 汽车\\s+1$"));
        await Assertions.Expect(results.Locator(".hits li")).ToHaveCountAsync(1);
        await Assertions.Expect(results).ToContainTextAsync("发动机缸体远程运维");
        await BrowserFixture.KeepScreenshotAsync(page, "search-page");

        var shared = await fixture.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await Assertions.Expect(shared.GetByRole(AriaRole.Region, new() { Name = "搜索结果" }).Locator(".hits li")).ToHaveCountAsync(1);

        await page.GotoAsync($"/t/{tenant}/search?q={Uri.EscapeDataString("不存在的说法")}&industry=automotive");
        await Assertions.Expect(results.Locator(".empty")).ToContainTextAsync("没有找到与“不存在的说法”相关的内容");
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "去掉筛选条件" })).ToBeVisibleAsync();

        await page.GotoAsync($"/t/{tenant}/search?q={Uri.EscapeDataString("鼓风几")}");
        await Assertions.Expect(results.Locator(".suggestion")).ToHaveTextAsync("您是不是要找：鼓风机");
        await results.GetByRole(AriaRole.Link, new() { Name = "鼓风机" }).ClickAsync();
        await Assertions.Expect(results.Locator(".hits li")).ToHaveCountAsync(1);
        await Assertions.Expect(results).ToContainTextAsync("高炉鼓风机预测性维护");
    }

    [Fact]
    public async Task Curator_AddsASynonymGroup_BadLinesAreExplained_AndTheNextSearchUsesIt()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        await new CatalogSeed(fixture.Host.Grains, tenant).CaseAsync("dark", CatalogSeed.Case("轴承磨加工透明工厂"));
        await SearchIndexed.WaitAsync(fixture.Host, tenant.Value, 1);
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        var results = page.GetByRole(AriaRole.Region, new() { Name = "搜索结果" });

        await page.GotoAsync($"/t/{tenant}/search?q={Uri.EscapeDataString("可视工厂")}");
        await Assertions.Expect(results.Locator(".hits li")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "搜索设置：本门户的同义词" }).ClickAsync();
        await page.GetByLabel("同义词（每行一组）").FillAsync("透明工厂 ≈ 可视工厂\n孤零零");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存同义词" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("第 2 组只有一个词“孤零零”");
        await Assertions.Expect(page.GetByLabel("同义词（每行一组）")).ToHaveValueAsync("透明工厂 ≈ 可视工厂\n孤零零");

        await page.GetByLabel("同义词（每行一组）").FillAsync("透明工厂、可视工厂、白盒工厂");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存同义词" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存（第 1 版）");
        await Assertions.Expect(page.GetByLabel("同义词（每行一组）")).ToHaveValueAsync("透明工厂 ≈ 可视工厂 ≈ 白盒工厂");

        await page.GotoAsync($"/t/{tenant}/search?q={Uri.EscapeDataString("白盒工厂")}");
        await Assertions.Expect(results.Locator(".hits li")).ToHaveCountAsync(1);
        await Assertions.Expect(results).ToContainTextAsync("轴承磨加工透明工厂");
    }

    [Fact]
    public async Task PlatformAdmin_RebuildsTheIndex_AndWatchesItFinish()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, TenantId.Platform, "admin", ShowcaseHost.PlatformAdminPassword);

        await page.GotoAsync($"/t/{TenantId.Platform}/search/settings");
        await page.GetByRole(AriaRole.Button, new() { Name = "开始重建" }).ClickAsync();

        // The page refreshes itself while the rebuild runs; the button comes back when it has finished.
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("重建完成", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "开始重建" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TypingInTheSearchBox_OffersPublishedTitles()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
        await seed.CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护", "ferrous-metals", "maintenance"));
        await SearchIndexed.WaitAsync(fixture.Host, tenant.Value, 2);
        var page = await fixture.NewPageAsync(javaScriptEnabled: true);

        await page.GotoAsync($"/t/{tenant}/");
        // Type once the script listens (it may load after the page shows).
        var box = page.GetByPlaceholder("搜索案例、场景、示范工厂、先行区、供应商");
        await Assertions.Expect(box).ToHaveAttributeAsync("data-suggesting", "true");
        await box.PressSequentiallyAsync("鼓风机");

        var options = page.Locator("#search-suggestions option");
        await Assertions.Expect(options).ToHaveCountAsync(1);
        Assert.Equal("高炉鼓风机预测性维护", await options.First.GetAttributeAsync("value"));
    }
}
