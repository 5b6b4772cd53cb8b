using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Portal;

/// <summary>The home page shows what the portal holds, and each "查看全部" leads to its own list.</summary>
public sealed class PortalHomeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Home_CountsWhatEveryoneMaySee_AndListsTheOpenChallenges()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
        await seed.CaseAsync("draft", CatalogSeed.Case("尚未发布的案例"), publish: false);
        await seed.ProviderAsync("vision", CatalogSeed.Provider("视界科技"));
        await seed.OpenChallengeAsync("blower", "高炉鼓风机故障预警", "ferrous-metals", days: 10);

        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/t/{tenant}/");

        var figures = page.Locator(".figures");
        await Assertions.Expect(figures.GetByRole(AriaRole.Link, new() { Name = "已发布案例" })).ToContainTextAsync("1");
        await Assertions.Expect(figures.GetByRole(AriaRole.Link, new() { Name = "入库供应商" })).ToContainTextAsync("1");
        await Assertions.Expect(figures.GetByRole(AriaRole.Link, new() { Name = "正在揭榜" })).ToContainTextAsync("1");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "正在揭榜" })).ToContainTextAsync("高炉鼓风机故障预警");
        Assert.DoesNotContain("尚未发布的案例", await page.ContentAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "查看全部正在揭榜的榜单" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/t/{tenant}/challenges\\?status=open$"));
        await page.GotoAsync($"/t/{tenant}/");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看全部案例" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/t/{tenant}/cases$"));
    }

    [Fact]
    public async Task EmptyNotifications_SayWhatThisPersonCanReceive()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var provider = await fixture.SignedInPageAsync(tenant, TestPortal.Provider);

        await provider.GotoAsync($"/t/{tenant}/notifications");

        await Assertions.Expect(provider.Locator(".empty")).ToContainTextAsync("揭榜后，榜单修改、答疑答复、评审结果、验收和成果案例草稿会通知您");
        await Assertions.Expect(provider.Locator(".empty")).Not.ToContainTextAsync("称号到期");
    }
}
