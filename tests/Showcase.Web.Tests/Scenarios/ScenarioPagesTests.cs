using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Scenarios;

public sealed class ScenarioPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CreateThroughForm_ThenPublish_ScenarioIsOnTheListPage()
    {
        var tenant = (await fixture.Host.CreatePortalAsync("浙江省智能制造门户")).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);

        await page.GotoAsync($"/t/{tenant}/scenarios/new");
        await page.GetByLabel("场景名称").FillAsync("基于 5G 的 AGV 厂内物流调度");
        await page.GetByLabel("所属行业").SelectOptionAsync(new SelectOptionValue { Label = "汽车" });
        await page.GetByLabel("所属领域").SelectOptionAsync(new SelectOptionValue { Label = "仓储物流" });
        await page.GetByLabel("生产", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.GetByLabel("5G", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.GetByLabel("场景概述").FillAsync("总装车间的 AGV 通过 5G 专网接入调度系统，按生产节拍配送物料。");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存草稿" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("草稿已保存");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "发布" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("场景已发布");

        await page.GotoAsync($"/t/{tenant}/scenarios?status=published");
        var row = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "基于 5G 的 AGV 厂内物流调度" });
        await Assertions.Expect(row).ToContainTextAsync("已发布");
        await Assertions.Expect(row).ToContainTextAsync("仓储物流");
        // The stylesheet of the web project is served and applied.
        await Assertions.Expect(page.Locator(".site-header")).ToHaveCSSAsync("background-color", "rgb(11, 61, 145)");
        await BrowserFixture.KeepScreenshotAsync(page, "scenario-list-after-publish");
    }

    [Fact]
    public async Task PublishIncompleteDraft_ShowsChineseReasons_AndStaysDraft()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);

        await page.GotoAsync($"/t/{tenant}/scenarios/new");
        await page.GetByLabel("场景名称").FillAsync("只写了名称的草稿");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存草稿" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "发布" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("发布前请选择所属行业。");
        await Assertions.Expect(alert).ToContainTextAsync("发布前请至少选择一个制造环节。");
        await Assertions.Expect(page.Locator(".status")).ToHaveTextAsync("草稿");
        await BrowserFixture.KeepScreenshotAsync(page, "publish-refused");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "删除草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("场景草稿“只写了名称的草稿”已删除");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "只写了名称的草稿" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EditForm_TooLongBenefits_KeepsWhatWasTypedAndSaysWhy()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Curator, javaScriptEnabled: true);
        await page.GotoAsync($"/t/{tenant}/scenarios/new");
        // Bypass the browser's own maxlength, as a script or an old browser would.
        await page.GetByLabel("实施成效").EvaluateAsync("e => e.removeAttribute('maxlength')");

        await page.GetByLabel("场景名称").FillAsync("成效写得太长的场景");
        await page.GetByLabel("实施成效").FillAsync(new string('效', 1001));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存草稿" }).ClickAsync();

        await Assertions.Expect(page.Locator(".field-error")).ToContainTextAsync("实施成效不能超过 1000 个字");
        await Assertions.Expect(page.GetByLabel("场景名称")).ToHaveValueAsync("成效写得太长的场景");
        await page.GotoAsync($"/t/{tenant}/scenarios");
        await Assertions.Expect(page.Locator(".empty")).ToContainTextAsync("还没有场景");
    }
}
