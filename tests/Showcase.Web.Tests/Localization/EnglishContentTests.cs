using Microsoft.Playwright;
using Showcase.Common;
using Showcase.Testing;
using Showcase.Web.Localization;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Localization;

/// <summary>A case's English beside its Chinese: written in the form, read by English readers, the Chinese marked where there is none.</summary>
public sealed class EnglishContentTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AnAuthorWritesTheEnglish_EnglishReadersReadIt_AndSeeTheChineseMarkedWhereThereIsNone()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
        await seed.CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护"));

        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{tenant}/cases/weld/edit");
        await curator.GetByLabel("英文标题").FillAsync("Online weld inspection");
        await curator.GetByLabel("英文全文（可使用 Markdown）").FillAsync("## What was done\n\nCameras check every weld.");
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("修改已保存");
        await curator.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("案例已发布");
        await curator.GotoAsync($"/t/{tenant}/cases/weld/edit");
        await Assertions.Expect(curator.GetByLabel("英文标题")).ToHaveValueAsync("Online weld inspection");
        await Assertions.Expect(curator.GetByLabel("英文概要")).ToHaveValueAsync("");
        await curator.GotoAsync($"/t/{tenant}/cases/weld");
        await Assertions.Expect(curator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("焊点质量在线检测");
        await Assertions.Expect(curator.Locator(".original-mark")).ToHaveCountAsync(0);

        var reader = await fixture.NewPageAsync();
        await reader.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/cases"));
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Online weld inspection" })).ToBeVisibleAsync();
        var chineseOnly = reader.GetByRole(AriaRole.Link, new() { Name = "高炉鼓风机预测性维护" });
        await Assertions.Expect(chineseOnly).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(reader.GetByRole(AriaRole.Row).Filter(new() { HasText = "高炉鼓风机预测性维护" }).Locator(".original-mark")).ToHaveTextAsync("中文原文");

        await reader.GetByRole(AriaRole.Link, new() { Name = "Online weld inspection" }).ClickAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Online weld inspection");
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "What was done" })).ToBeVisibleAsync();
        // No English summary: the Chinese one, marked and tagged as Chinese.
        var summary = reader.Locator("p.lead");
        await Assertions.Expect(summary).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(summary.Locator(".original-mark")).ToHaveTextAsync("中文原文");
        await BrowserFixture.KeepScreenshotAsync(reader, "case-in-english");
    }

    [Fact]
    public async Task AnEnglishReader_SearchesInEnglish_AndFindsCasesWrittenInEither()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护", "ferrous-metals", "maintenance"));
        await seed.CaseAsync("twin", CatalogSeed.Case("发动机装配线虚实联动", "automotive", "design") with
        {
            English = new EnglishText("Digital twins of an engine assembly line", "The line's model runs beside its machines in real time."),
        });
        await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
        await SearchIndexed.WaitAsync(fixture.Host, tenant.Value, 3);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/search"));
        await page.GetByPlaceholder("Search cases, scenarios, factories").FillAsync("digital twin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var results = page.GetByRole(AriaRole.Region, new() { Name = "Search results" });
        await Assertions.Expect(results).ToContainTextAsync("1 found");
        var twin = results.GetByRole(AriaRole.Link, new() { Name = "Digital twins of an engine assembly line" });
        await Assertions.Expect(twin.Locator("mark")).ToHaveTextAsync(["Digital", "twins"]);
        await Assertions.Expect(results.Locator(".original-mark")).ToHaveCountAsync(0);

        // English words for a Chinese-only case, through the bilingual thesaurus; its Chinese is marked as the original.
        await page.GetByPlaceholder("Search cases, scenarios, factories").FillAsync("predictive maintenance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(results).ToContainTextAsync("1 found");
        var blower = results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "高炉鼓风机预测性维护" });
        await Assertions.Expect(blower.GetByRole(AriaRole.Link, new() { Name = "高炉鼓风机预测性维护" })).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(blower.Locator(".original-mark")).ToHaveTextAsync("中文原文");

        // The industry's English name is searched too.
        await page.GetByPlaceholder("Search cases, scenarios, factories").FillAsync("ferrous metals");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(results).ToContainTextAsync("1 found");
        await Assertions.Expect(results).ToContainTextAsync("高炉鼓风机预测性维护");
        await BrowserFixture.KeepScreenshotAsync(page, "search-english-words");
    }
}
