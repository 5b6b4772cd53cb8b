using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Catalog;

public sealed class CaseFormTests(BrowserFixture fixture)
{
    [Fact]
    public async Task EnterpriseWritesACase_MetricTypo_IsExplainedAndKept_ThenSubmitsForReview()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Enterprise);
        await page.GotoAsync($"/t/{tenant}/cases");
        await page.GetByRole(AriaRole.Link, new() { Name = "撰写案例" }).ClickAsync();

        await FillPublishableAsync(page);
        await page.GetByLabel("成效指标").FillAsync("焊点缺陷率（%）：1.2→0.3\n检测效率提高了很多");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();

        await Assertions.Expect(page.Locator(".field-error")).ToContainTextAsync("“检测效率提高了很多”看不懂");
        await Assertions.Expect(page.GetByLabel("案例名称")).ToHaveValueAsync("焊装车间焊点质量在线检测");
        await Assertions.Expect(page.GetByLabel("汽车", new() { Exact = true })).ToBeCheckedAsync();

        await page.GetByLabel("成效指标").FillAsync("焊点缺陷率（%）：1.2→0.3\n检测效率（点/分钟）：120");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("草稿已保存");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "焊点缺陷率" })).ToContainTextAsync("-75%");

        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已提交审核");
        await Assertions.Expect(page.Locator(".page-head .status")).ToHaveTextAsync("审核中");
        await BrowserFixture.KeepScreenshotAsync(page, "case-submitted");
    }

    /// <summary>Fills the case form so that it can be submitted and published: 焊装车间焊点质量在线检测, one metric.</summary>
    internal static async Task FillPublishableAsync(IPage page)
    {
        await page.GetByLabel("案例名称").FillAsync("焊装车间焊点质量在线检测");
        await page.GetByLabel("摘要").FillAsync("用机器视觉在线检测焊点质量。");
        await page.GetByLabel("申报单位").FillAsync("示例汽车有限公司");
        await page.GetByLabel("省份").SelectOptionAsync(new SelectOptionValue { Label = "江苏省" });
        await page.GetByLabel("城市").SelectOptionAsync(new SelectOptionValue { Label = "苏州市" });
        await page.GetByLabel("汽车", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("质量管控", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("成效指标").FillAsync("焊点缺陷率（%）：1.2→0.3");
        await page.GetByLabel("正文").FillAsync("在焊装车间部署工业相机和边缘计算设备，对每一个焊点在线检测，缺陷数据实时回传质量管理系统，形成闭环改进。");
    }

    [Fact]
    public async Task ADraft_NeedsATitle_AndItsAuthorDeletesIt()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Enterprise);
        await page.GotoAsync($"/t/{tenant}/cases/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写案例名称");

        await page.GetByLabel("案例名称").FillAsync("写了一半的案例");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("草稿已保存");
        await page.GetByRole(AriaRole.Button, new() { Name = "删除草稿" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("案例草稿“写了一半的案例”已删除");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "写了一半的案例" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EditForm_OfAnotherOrganisationsCase_IsNotOffered()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        await new CatalogSeed(fixture.Host.Grains, portal.Tenant).CaseAsync("weld", CatalogSeed.Case("别家的案例"),
            CatalogSeed.OwnedBy(TestPortal.RivalEnterprise, TestPortal.RivalEnterpriseOrg));
        var page = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Enterprise);

        await page.GotoAsync($"/t/{portal.Tenant}/cases/weld");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "修改" })).ToHaveCountAsync(0);
        await page.GotoAsync($"/t/{portal.Tenant}/cases/weld/edit");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("你不能修改它");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" })).ToHaveCountAsync(0);
    }
}
