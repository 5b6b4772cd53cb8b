using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Testing.Pictures;
using Showcase.Web.Tests.Browser;
using Showcase.Web.Tests.Catalog;

namespace Showcase.Web.Tests.Pictures;

/// <summary>An author adds photos to a case on its form; once a curator publishes it, visitors see them on its page.</summary>
public sealed class CasePictureTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AnAuthorUploadsACoverAndAGallery_ARefusedFormKeepsThem_AndVisitorsSeeThemOncePublished()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var author = await fixture.SignedInPageAsync(tenant, TestPortal.Enterprise);
        await author.GotoAsync($"/t/{tenant}/cases/new");
        await CaseFormTests.FillPublishableAsync(author);
        await author.GetByLabel("年份").FillAsync("二〇二五");
        await author.GetByLabel("上传封面").SetInputFilesAsync(new FilePayload { Name = "车间.jpg", MimeType = "image/jpeg", Buffer = TestPictures.PhoneJpegWithGps(400, 200) });
        await author.GetByLabel("添加到图集（可多选）").SetInputFilesAsync(
        [
            new FilePayload { Name = "产线.jpg", MimeType = "image/jpeg", Buffer = TestPictures.Jpeg(640, 480) },
            new FilePayload { Name = "假图片.png", MimeType = "image/png", Buffer = TestPictures.HtmlNamedPng },
        ]);
        await author.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();

        var refusal = author.GetByRole(AriaRole.Alert);
        await Assertions.Expect(refusal).ToContainTextAsync("“假图片.png”：只能上传 PNG、JPEG 或 WebP");
        await Assertions.Expect(refusal).ToContainTextAsync("不是年份");
        await Assertions.Expect(author.GetByAltText("封面：未写说明")).ToBeVisibleAsync();
        await Assertions.Expect(author.GetByAltText("图 1：未写说明")).ToBeVisibleAsync();
        await Assertions.Expect(author.GetByAltText("图 2：未写说明")).ToHaveCountAsync(0);
        await Assertions.Expect(author.GetByLabel("案例名称")).ToHaveValueAsync("焊装车间焊点质量在线检测");

        await author.GetByLabel("年份").FillAsync("2025");
        await author.GetByLabel("封面说明").FillAsync("焊装车间全景");
        await author.GetByLabel("图 1 说明").FillAsync("改造后的焊装线");
        await author.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Status)).ToContainTextAsync("草稿已保存");
        await Assertions.Expect(author.Locator("figure.cover")).ToContainTextAsync("焊装车间全景");
        await author.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Status)).ToContainTextAsync("已提交审核");
        var casePath = new Uri(author.Url).AbsolutePath;

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync(casePath);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "找不到案例" })).ToBeVisibleAsync();
        var coverAddress = await author.Locator("figure.cover img").GetAttributeAsync("src");
        Assert.Equal(404, (await visitor.APIRequest.GetAsync(coverAddress!)).Status);

        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync(casePath);
        await curator.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("已发布");

        await visitor.GotoAsync(casePath);
        var cover = visitor.GetByRole(AriaRole.Img, new() { Name = "焊装车间全景" });
        await Assertions.Expect(cover).ToBeVisibleAsync();
        Assert.True(await cover.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 200 && img.naturalHeight === 400"), "The cover did not load upright at its kept size.");
        var gallery = visitor.GetByRole(AriaRole.Region, new() { Name = "图集" });
        await Assertions.Expect(gallery.GetByRole(AriaRole.Img, new() { Name = "改造后的焊装线" })).ToBeVisibleAsync();
        await Assertions.Expect(gallery.Locator("figcaption")).ToHaveTextAsync("改造后的焊装线");
        await BrowserFixture.KeepScreenshotAsync(visitor, "case-pictures");

        // The case's cover, as a thumbnail, beside its row in the list and its search hit.
        await visitor.GotoAsync($"/t/{tenant}/cases");
        await ExpectThumbnailAsync(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "焊装车间焊点质量在线检测" }).Locator("img.row-cover"));
        await SearchIndexed.WaitAsync(fixture.Host, tenant.Value, 1);
        await visitor.GotoAsync($"/t/{tenant}/search?q={Uri.EscapeDataString("焊点")}");
        await ExpectThumbnailAsync(visitor.Locator("ol.hits li").Filter(new() { HasText = "焊装车间焊点质量在线检测" }).Locator("img.hit-cover"));
    }

    /// <summary>A decorative thumbnail (empty alt) that loaded, in the thumbnail's width.</summary>
    private static async Task ExpectThumbnailAsync(ILocator thumbnail)
    {
        await Assertions.Expect(thumbnail).ToHaveAttributeAsync("alt", "");
        await thumbnail.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await thumbnail.EvaluateAsync<bool>("img => img.naturalWidth > 0 && img.naturalWidth <= 480"), "The thumbnail did not load.");
    }
}
