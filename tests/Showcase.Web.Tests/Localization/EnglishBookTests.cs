using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Showcase.Audit;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Testing;
using Showcase.Web.Localization;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Localization;

/// <summary>A case collection read and edited in English, its book downloaded in both languages, and printed in either.</summary>
public sealed class EnglishBookTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AnEnglishReader_ReadsTheCollection_DownloadsTheBookInBothLanguages_AndPrintsIt()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        var weld = await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测") with { English = new EnglishText("Online weld inspection", "Cameras check every weld.") });
        var blower = await seed.CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护"));
        var curator = new Actor("curator", "策展人");
        var grain = fixture.Host.Grains.GetCollection(new CollectionKey(tenant, EntityId.Parse("meeting")));
        var created = await grain.CreateAsync(
            new CollectionContent(
                new CollectionDetails { Title = "智能制造现场会案例集", Introduction = "两个可复制的场景。", English = new EnglishText("Cases of the smart manufacturing meeting", null, "Two replicable scenarios.") },
                [new CollectionSection("质量与运维", [new CollectionItem(weld.Key.Id, weld.Published!.Number, "焊点质量在线检测", null), new CollectionItem(blower.Key.Id, blower.Published!.Number, "高炉鼓风机预测性维护", null)])]),
            null, Owner.Nobody, curator);
        await grain.PublishAsync(created.Version, curator);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/collections/meeting"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cases of the smart manufacturing meeting");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Chapter 1  质量与运维" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Online weld inspection" })).ToContainTextAsync("Cameras check every weld.");
        var chineseOnly = page.GetByRole(AriaRole.Article, new() { Name = "高炉鼓风机预测性维护" });
        await Assertions.Expect(chineseOnly.Locator("h3 .original-mark")).ToHaveTextAsync("中文原文");
        await BrowserFixture.KeepScreenshotAsync(page, "collection-in-english");

        await page.GetByLabel("Language").SelectOptionAsync(new SelectOptionValue { Label = "Chinese and English" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Download the Word book" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Done: cases written: 2.");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download 智能制造现场会案例集.docx" }).ClickAsync());
        using (var document = WordprocessingDocument.Open(await download.PathAsync(), false))
        {
            var headings = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading2").Select(p => p.InnerText);
            Assert.Equal(["焊点质量在线检测", "Online weld inspection", "高炉鼓风机预测性维护", "高炉鼓风机预测性维护"], headings);
        }

        await page.GotoAsync($"/t/{tenant}/collections/meeting");
        await page.GetByRole(AriaRole.Link, new() { Name = "Print view" }).ClickAsync();
        await Assertions.Expect(page.Locator(".book-case")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".book-case").First.Locator("h3")).ToHaveTextAsync("Online weld inspection");
        await page.GetByRole(AriaRole.Link, new() { Name = "中英对照" }).ClickAsync();
        await Assertions.Expect(page.Locator(".book-case")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".book-case[lang=en] h3")).ToHaveTextAsync(["Online weld inspection", "高炉鼓风机预测性维护"]);
        await Assertions.Expect(page.Locator(".book-case[lang=en] h3[lang=zh-CN]")).ToHaveTextAsync("高炉鼓风机预测性维护");
        await Assertions.Expect(page.Locator(".book-case[lang=zh-CN]").First).ToContainTextAsync("案例详情");
        await Assertions.Expect(page.Locator(".book-case[lang=en]").First).ToContainTextAsync("The case in full");
        await BrowserFixture.KeepScreenshotAsync(page, "book-print-both");
    }

    [Fact]
    public async Task ACurator_EditsACollectionInEnglish_AndAMistakeIsExplainedInEnglish()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var weld = await new CatalogSeed(fixture.Host.Grains, tenant).CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
        var curator = new Actor("curator", "策展人");
        await fixture.Host.Grains.GetCollection(new CollectionKey(tenant, EntityId.Parse("meeting"))).CreateAsync(
            new CollectionContent(new CollectionDetails { Title = "智能制造现场会案例集" },
                [new CollectionSection("质量", [new CollectionItem(weld.Key.Id, weld.Published!.Number, "焊点质量在线检测", null)])]),
            null, Owner.Nobody, curator);
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);

        await page.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/collections/meeting/edit"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chapters and cases (cases: 1)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Chapter 1 质量" })).ToContainTextAsync("revision 1");
        // A browser without a date picker lets any text through.
        await page.GetByLabel("Event date").EvaluateAsync("box => box.type = 'text'");
        await page.GetByLabel("Event date").FillAsync("next spring");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator(".field-error")).ToContainTextAsync("Event date: should be a date, such as 2027-03-31 (it reads “next spring”).");
        await page.GetByLabel("Event date").EvaluateAsync("box => box.type = 'text'");
        await page.GetByLabel("Event date").FillAsync("2027-03-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Cover and foreword saved.");
        await BrowserFixture.KeepScreenshotAsync(page, "collection-editor-in-english");
    }
}
