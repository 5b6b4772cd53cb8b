using Microsoft.Playwright;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Collections;

public sealed class CollectionPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ACollectionNeverPublished_IsDeleted_APublishedOneOnlyTakenDown()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{tenant}/collections/new");
        await curator.GetByLabel("案例集名称 *").FillAsync("试排的案例集");
        await curator.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("案例集已创建");

        await curator.GetByRole(AriaRole.Button, new() { Name = "删除", Exact = true }).ClickAsync();

        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("案例集“试排的案例集”已删除");
        await Assertions.Expect(curator.GetByRole(AriaRole.Link, new() { Name = "试排的案例集" })).ToHaveCountAsync(0);
        Assert.Empty((await fixture.Host.Grains.GetCollectionDirectory(tenant).ListAsync(new CollectionListQuery(PublicOnly: false))).Items);
    }

    [Fact]
    public async Task ACollectionFromASearch_KeepsTheSearchAndWhatWasTyped_ThroughARefusal_AndACoverRefusedKeepsItsText()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护", "ferrous-metals", "maintenance"));
        await seed.CaseAsync("rolling", CatalogSeed.Case("热轧产线能耗优化", "ferrous-metals", "energy-saving"));
        await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
        await SearchIndexed.WaitAsync(fixture.Host, tenant.Value, 3);
        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);

        await curator.GotoAsync($"/t/{tenant}/search?industry=ferrous-metals");
        await curator.GetByRole(AriaRole.Link, new() { Name = "用这次搜索的案例新建案例集" }).ClickAsync();
        await curator.GetByLabel("放入章节").FillAsync("钢铁行业");
        await curator.GetByLabel("前言（支持 Markdown）").FillAsync("本案例集收录钢铁行业的做法。");
        await curator.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();

        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写案例集名称。");
        await Assertions.Expect(curator.GetByLabel("放入章节")).ToHaveValueAsync("钢铁行业");
        await Assertions.Expect(curator.GetByLabel("前言（支持 Markdown）")).ToHaveValueAsync("本案例集收录钢铁行业的做法。");
        await Assertions.Expect(curator.GetByText("搜索条件：")).ToContainTextAsync("黑色金属");
        await curator.GetByLabel("案例集名称 *").FillAsync("钢铁行业案例集");
        await curator.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("按搜索条件加入了 2 个案例");
        await Assertions.Expect(curator.GetByRole(AriaRole.Region, new() { Name = "第 1 章 钢铁行业" })).ToContainTextAsync("热轧产线能耗优化");

        await curator.GetByLabel("案例集名称 *").FillAsync("");
        await curator.GetByLabel("活动地点").FillAsync("武汉");
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写案例集名称。");
        await Assertions.Expect(curator.GetByLabel("活动地点")).ToHaveValueAsync("武汉");
        await Assertions.Expect(curator.GetByLabel("前言（支持 Markdown）")).ToHaveValueAsync("本案例集收录钢铁行业的做法。");
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Curator_BuildsACollectionWithoutJavaScript_PublishesIt_AndVisitorsReadItWithQrCodes()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
        await seed.CaseAsync("paint", CatalogSeed.Case("涂装漆膜缺陷检测"));
        await seed.CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护", "ferrous-metals", "maintenance"));
        await SearchIndexed.WaitAsync(fixture.Host, tenant.Value, 3);
        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);

        await curator.GotoAsync($"/t/{tenant}/collections");
        await curator.GetByRole(AriaRole.Link, new() { Name = "新建案例集" }).ClickAsync();
        await curator.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写案例集名称。");
        await curator.GetByLabel("案例集名称 *").FillAsync("汽车行业质量管控现场会案例集");
        await curator.GetByLabel("活动名称").FillAsync("全国智能制造现场会");
        await curator.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("案例集已创建");

        await curator.GetByLabel("新章节标题").FillAsync("涂装");
        await curator.GetByRole(AriaRole.Button, new() { Name = "添加章节" }).ClickAsync();
        await curator.GetByLabel("查找已发布的案例").FillAsync("检测");
        await curator.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        var found = curator.GetByRole(AriaRole.Form, new() { Name = "查找结果" });
        await found.GetByRole(AriaRole.Checkbox).Nth(0).CheckAsync();
        await found.GetByRole(AriaRole.Checkbox).Nth(1).CheckAsync();
        await found.GetByRole(AriaRole.Button, new() { Name = "加入所选案例" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("已加入 2 个案例。");

        var items = curator.GetByRole(AriaRole.Form, new() { Name = "章节与案例" });
        var second = await items.Locator(".collection-items li").Nth(1).GetAttributeAsync("aria-label");
        await items.GetByRole(AriaRole.Button, new() { Name = $"{second} 上移" }).ClickAsync();
        await Assertions.Expect(items.Locator(".collection-items li").Nth(0)).ToHaveAttributeAsync("aria-label", second!);
        var paint = items.GetByRole(AriaRole.Listitem, new() { Name = "涂装漆膜缺陷检测" });
        await paint.Locator("select").SelectOptionAsync("1");
        await paint.GetByRole(AriaRole.Button, new() { Name = "移到该章" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Region, new() { Name = "第 2 章 涂装" })).ToContainTextAsync("涂装漆膜缺陷检测");
        await items.GetByLabel("编者按").First.FillAsync("焊装车间的标杆做法，建议现场参观。");
        await items.GetByRole(AriaRole.Button, new() { Name = "保存编者按：“焊点质量在线检测”" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("编者按已保存。");
        await curator.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("案例集已发布");
        await BrowserFixture.KeepScreenshotAsync(curator, "collection-editor");

        var id = curator.Url.Split('/')[^2];
        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync($"/t/{tenant}/collections");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "汽车行业质量管控现场会案例集" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("汽车行业质量管控现场会案例集");
        var weld = visitor.GetByRole(AriaRole.Article, new() { Name = "焊点质量在线检测" });
        await Assertions.Expect(weld).ToContainTextAsync("编者按：焊装车间的标杆做法，建议现场参观。");
        await Assertions.Expect(weld.GetByRole(AriaRole.Img, new() { Name = "扫码查看“焊点质量在线检测”" }).Locator("svg")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Region, new() { Name = "涂装" })).ToContainTextAsync("涂装漆膜缺陷检测");
        await BrowserFixture.KeepScreenshotAsync(visitor, "collection-public");

        await visitor.GetByRole(AriaRole.Link, new() { Name = "打印版" }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".book-case")).ToHaveCountAsync(2);
        await visitor.GoBackAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "下载 Word 版" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("已完成：共 2 个案例。");
        var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.GetByRole(AriaRole.Link, new() { Name = "下载 汽车行业质量管控现场会案例集.docx" }).ClickAsync());
        Assert.Equal("汽车行业质量管控现场会案例集.docx", download.SuggestedFilename);

        var stored = await fixture.Host.Grains.GetCollection(new CollectionKey(tenant, EntityId.Parse(id))).GetAsync();
        Assert.Equal([["焊点质量在线检测"], ["涂装漆膜缺陷检测"]], stored!.Published!.Content.Sections.Select(s => s.Items.Select(i => i.Title).ToArray()));
        Assert.Equal("焊装车间的标杆做法，建议现场参观。", stored.Published.Content.Items.First().Note);
    }
}
