using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Showcase.Catalog.Search;
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
        await IndexedAsync(tenant.Value, 4);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"/t/{tenant}/");
        await page.GetByPlaceholder("搜索案例、示范工厂、先行区、供应商").FillAsync("预测性维护");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        var results = page.GetByRole(AriaRole.Region, new() { Name = "搜索结果" });
        await Assertions.Expect(results.Locator(".hits li")).ToHaveCountAsync(3);
        await Assertions.Expect(results.Locator("mark").First).ToBeVisibleAsync();

        var facets = page.GetByRole(AriaRole.Complementary, new() { Name = "筛选" });
        await facets.GetByRole(AriaRole.Link).Filter(new() { HasText = "汽车" }).ClickAsync();
        Assert.Contains("industry=automotive", page.Url);
        await Assertions.Expect(results.Locator(".hits li")).ToHaveCountAsync(1);
        await Assertions.Expect(results).ToContainTextAsync("发动机缸体远程运维");
        await BrowserFixture.KeepScreenshotAsync(page, "search-page");

        var shared = await fixture.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await Assertions.Expect(shared.GetByRole(AriaRole.Region, new() { Name = "搜索结果" }).Locator(".hits li")).ToHaveCountAsync(1);

        await page.GotoAsync($"/t/{tenant}/search?q={Uri.EscapeDataString("不存在的说法")}&industry=automotive");
        await Assertions.Expect(results.Locator(".empty")).ToContainTextAsync("没有找到与“不存在的说法”相关的内容");
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "去掉筛选条件" })).ToBeVisibleAsync();
    }

    /// <summary>Waits (up to five seconds) until the background indexer has the tenant's items.</summary>
    private async Task IndexedAsync(string tenant, int count)
    {
        var index = fixture.Host.Services.GetRequiredService<ISearchIndex>();
        for (var waited = 0; waited < 50 && (await index.SearchAsync(new SearchRequest(tenant, null), TestContext.Current.CancellationToken)).Total < count; waited++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
