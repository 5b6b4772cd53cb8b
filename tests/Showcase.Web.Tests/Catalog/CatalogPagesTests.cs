using Microsoft.Playwright;
using Showcase.Cases;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.People;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Catalog;

public sealed class CatalogPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CasePage_ShowsMetricsLinkedEntitiesAndRelatedCases_ButNoContactsToVisitors()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.FactoryAsync("bearing", CatalogSeed.Factory("示例轴承示范工厂"));
        await seed.ProviderAsync("mes", CatalogSeed.Provider("示例工业软件公司"));
        await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测") with
        {
            Links = new CaseLinks(EntityId.Parse("bearing"), null, [EntityId.Parse("mes")], []),
        });
        await seed.CaseAsync("paint", CatalogSeed.Case("涂装缺陷视觉检测"));
        await seed.CaseAsync("food", CatalogSeed.Case("食品包装追溯", "food", "supply-chain"));
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"/t/{tenant}/cases/weld");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("焊点质量在线检测");
        var defects = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "焊点缺陷率" });
        await Assertions.Expect(defects).ToContainTextAsync("1.2");
        await Assertions.Expect(defects).ToContainTextAsync("-75%");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "示例轴承示范工厂" })).ToHaveAttributeAsync("href", $"/t/{tenant}/factories/bearing");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "示例工业软件公司" })).ToBeVisibleAsync();
        var related = page.GetByRole(AriaRole.Region, new() { Name = "相似案例" });
        await Assertions.Expect(related.GetByRole(AriaRole.Link, new() { Name = "涂装缺陷视觉检测" })).ToBeVisibleAsync();
        await Assertions.Expect(related).Not.ToContainTextAsync("食品包装追溯");
        Assert.DoesNotContain("13800138000", await page.ContentAsync());
        await BrowserFixture.KeepScreenshotAsync(page, "case-page");
    }

    [Fact]
    public async Task SubmittedCase_CuratorPublishesIt_VisitorsFindItInTheCaseList()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var seed = new CatalogSeed(fixture.Host.Grains, portal.Tenant);
        await seed.CaseAsync("weld", CatalogSeed.Case("待审核的焊点检测案例"), CatalogSeed.OwnedBy(TestPortal.Enterprise, TestPortal.EnterpriseOrg), publish: false);
        await fixture.Host.Grains.GetCase(seed.Key("weld")).SubmitForReviewAsync(new("enterprise", "企业用户"));
        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync($"/t/{portal.Tenant}/cases/weld");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("找不到案例");

        var curator = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{portal.Tenant}/cases/weld");
        await Assertions.Expect(curator.Locator(".page-head .status")).ToHaveTextAsync("审核中");
        await curator.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("案例已发布");

        await visitor.GotoAsync($"/t/{portal.Tenant}/cases");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "待审核的焊点检测案例" })).ToContainTextAsync("已发布");
    }

    [Fact]
    public async Task FactoryPage_CuratorRecordsTitleSteps_WithoutReasonIsRefusedInChinese()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        await new CatalogSeed(fixture.Host.Grains, portal.Tenant).FactoryAsync("bearing", CatalogSeed.Factory("示例轴承示范工厂"));
        var page = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Curator);
        await page.GotoAsync($"/t/{portal.Tenant}/factories/bearing");
        var title = page.GetByRole(AriaRole.Region, new() { Name = "称号状态" });
        await Assertions.Expect(title).ToContainTextAsync("建设中");

        await page.GetByLabel("下一步").SelectOptionAsync(new SelectOptionValue { Label = "验收通过、认定为示范工厂" });
        await page.GetByLabel("生效日期").FillAsync("2026-05-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录这一步" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("请说明“验收通过、认定为示范工厂”的依据");

        await page.GetByLabel("下一步").SelectOptionAsync(new SelectOptionValue { Label = "验收通过、认定为示范工厂" });
        await page.GetByLabel("生效日期").FillAsync("2026-05-20");
        await page.GetByLabel("依据").FillAsync("专家组验收通过");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录这一步" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("称号状态已更新");
        await Assertions.Expect(title).ToContainTextAsync("有效期至 2029-05-20");
        await Assertions.Expect(title.GetByRole(AriaRole.Listitem).Last).ToContainTextAsync("专家组验收通过");
        await BrowserFixture.KeepScreenshotAsync(page, "factory-page");
    }

    [Fact]
    public async Task FactoryList_FilteredByProvince_ShowsOnlyThatProvinceAndKeepsTheFilterInTheUrl()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.FactoryAsync("zj", CatalogSeed.Factory("浙江示范工厂", "33", "3302"));
        await seed.FactoryAsync("js", CatalogSeed.Factory("江苏示范工厂", "32", "3205"));
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"/t/{tenant}/factories");
        await page.GetByLabel("省份").SelectOptionAsync(new SelectOptionValue { Label = "江苏省" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();

        Assert.Contains("province=32", page.Url);
        var rows = page.Locator("table.list tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync("江苏示范工厂");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("共 1 个");
    }

    [Fact]
    public async Task Notifications_HeaderCountsUnread_PageMarksThemRead()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        await fixture.Host.Grains.GetNotificationInbox(new AccountKey(portal.Tenant, EntityId.Parse(TestPortal.Curator)))
            .DeliverAsync(new Notification("expiry", DateTimeOffset.UtcNow, "示范工厂“示例”待复评", "称号有效期已届满，请组织复评。", $"/t/{portal.Tenant}/factories/f01"));
        var page = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Curator);

        await page.GotoAsync($"/t/{portal.Tenant}/");
        await page.GetByRole(AriaRole.Link, new() { Name = "通知（1）" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notifications li.unread")).ToContainTextAsync("称号有效期已届满");
        await page.GetByRole(AriaRole.Button, new() { Name = "全部标为已读" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notifications li.read")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "通知", Exact = true })).ToBeVisibleAsync();
    }
}
