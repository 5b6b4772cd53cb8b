using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Catalog;

public sealed class EntityFormTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ProviderRegistersWithPlatformFigures_WrongFiguresAreExplained_CuratorListsIt()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Provider);
        await page.GotoAsync($"/t/{tenant}/providers");
        await page.GetByRole(AriaRole.Link, new() { Name = "登记供应商" }).ClickAsync();

        await page.GetByLabel("供应商名称").FillAsync("示例工业软件有限公司");
        await page.GetByLabel("主体类型").SelectOptionAsync(new SelectOptionValue { Label = "信息技术企业" });
        await page.GetByLabel("省份").SelectOptionAsync(new SelectOptionValue { Label = "北京市" });
        await page.GetByLabel("简介").FillAsync("为离散制造提供 MES 与质量追溯。");
        await page.GetByLabel("能力").FillAsync("汽车/质量管控：人工智能、5G");
        await page.GetByText("工业互联网平台数据").ClickAsync();
        await page.GetByLabel("第三方开发者注册总数（个）").FillAsync("一千");
        await page.GetByLabel("第三方活跃开发者数（个）").FillAsync("300");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error")).ToContainTextAsync("第三方开发者注册总数（个）应是数字，例如 300（现在是“一千”）。");

        await page.GetByLabel("第三方开发者注册总数（个）").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error")).ToContainTextAsync("活跃开发者数不能多于注册开发者总数");
        await Assertions.Expect(page.GetByLabel("能力")).ToHaveValueAsync("汽车/质量管控：人工智能、5G");

        await page.GetByLabel("第三方开发者注册总数（个）").FillAsync("1,200");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记");
        var id = page.Url.Split('/')[^1].Split('?')[0];

        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{tenant}/providers/{id}");
        await curator.GetByRole(AriaRole.Button, new() { Name = "入库" }).ClickAsync();
        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync($"/t/{tenant}/providers/{id}");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "第三方开发者注册总数" })).ToContainTextAsync("1,200");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "汽车" })).ToContainTextAsync("人工智能、5G");
    }

    [Fact]
    public async Task EnterpriseDeclaresAFactory_ItIsDeclaredAndEditable_NotPublicYet()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Enterprise);
        await page.GotoAsync($"/t/{tenant}/factories");
        await page.GetByRole(AriaRole.Link, new() { Name = "申报示范工厂" }).ClickAsync();

        await page.GetByLabel("工厂名称").FillAsync("高端轴承智能制造示范工厂");
        await page.GetByLabel("企业名称").FillAsync("示例轴承股份有限公司");
        await page.GetByLabel("省份").SelectOptionAsync(new SelectOptionValue { Label = "浙江省" });
        await page.GetByLabel("城市").SelectOptionAsync(new SelectOptionValue { Label = "宁波市" });
        await page.GetByLabel("细分行业").SelectOptionAsync(new SelectOptionValue { Label = "通用设备" });
        await page.GetByLabel("申报日期").FillAsync("2024-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申报" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已提交申报");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "称号状态" })).ToContainTextAsync("已申报");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "称号状态" })).ToContainTextAsync("2024-03-01");
        var url = page.Url.Split('?')[0];
        await page.GetByRole(AriaRole.Link, new() { Name = "修改" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("工厂名称")).ToHaveValueAsync("高端轴承智能制造示范工厂");

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync(url);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("找不到示范工厂");
    }

    [Fact]
    public async Task CuratorProposesAPilotZone_WithCitiesPoliciesAndAMemberFactory()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        await new CatalogSeed(fixture.Host.Grains, tenant).FactoryAsync("bearing", CatalogSeed.Factory("宁波轴承示范工厂"));
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await page.GotoAsync($"/t/{tenant}/pilot-zones");
        await page.GetByRole(AriaRole.Link, new() { Name = "提交创建方案" }).ClickAsync();

        await page.GetByLabel("先行区名称").FillAsync("甬绍智能制造先行区");
        await page.Locator("#cities").SelectOptionAsync([new SelectOptionValue { Label = "宁波市" }, new SelectOptionValue { Label = "绍兴市" }]);
        await page.GetByLabel("机械", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("支持政策").FillAsync("智能化改造设备补助：按设备投资额给予不超过 15% 的补助");
        await page.GetByLabel("宁波轴承示范工厂").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交创建方案" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("创建方案已提交");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("宁波市、绍兴市");
        await Assertions.Expect(page.Locator(".policies")).ToContainTextAsync("按设备投资额给予不超过 15% 的补助");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "宁波轴承示范工厂" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "称号状态" })).ToContainTextAsync("已提交创建方案");
    }
}
