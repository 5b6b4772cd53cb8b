using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Showcase.Catalog.Spreadsheets;
using Showcase.Testing;

namespace Showcase.Api.Tests.Programs;

public sealed class ProgramExportTests(HostFixture fixture)
{
    [Fact]
    public async Task Exports_SummarySheetAndWordApplication_ForThoseWhoMayReadThem()
    {
        var portal = await ProgramPortal.OpenAsync(fixture, "exports");
        (await portal.PostAsync(TestPortal.Enterprise, "mutation($input: ProgramApplicationInput!) { saveProgramApplication(call: \"exports\", expectedVersion: 0, input: $input) { version } submitProgramApplication(call: \"exports\", expectedVersion: 1, pledge: true) { status documentUrl } }",
            new { input = ProgramPortal.Application("供应链/协同平台") })).EnsureNoErrors();
        await portal.DataAsync(TestPortal.Recommender, "recommendProgramApplications", "mutation { recommendProgramApplications(call: \"exports\", applicants: [\"org-enterprise\"]) { version } }");

        using var summary = await portal.GetAsync(TestPortal.Recommender, "programs/exports/summary?recommender=org-recommender");
        using var document = await portal.GetAsync(TestPortal.Recommender, "programs/exports/documents/org-enterprise");
        using var byRival = await portal.GetAsync(TestPortal.RivalEnterprise, "programs/exports/documents/org-enterprise");
        using var allByRecommender = await portal.GetAsync(TestPortal.Recommender, "programs/exports/summary");
        using var allByCurator = await portal.GetAsync(TestPortal.Curator, "programs/exports/summary");
        using var package = await portal.GetAsync(TestPortal.Recommender, "programs/exports/package?recommender=org-recommender");
        using var packageByEnterprise = await portal.GetAsync(TestPortal.Enterprise, "programs/exports/package?recommender=org-recommender");

        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Equal("测试市工业和信息化局—2030年融合发展—汇总表.xlsx", summary.Content.Headers.ContentDisposition!.FileNameStar);
        var table = XlsxTable.Read(await summary.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["序号", "项目名称", "申报单位", "申报方向", "联系人", "联系方式"], table.Header);
        var row = Assert.Single(table.Rows).Cells;
        Assert.Equal(["1", "供应链/协同平台", "测试企业", "两化融合管理体系贯标、中德智能制造合作"], row.Take(4));
        Assert.Equal("010-68208278\ncontact@example.com", row[5]);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("测试市工业和信息化局—1—供应链_协同平台—测试企业.docx", document.Content.Headers.ContentDisposition!.FileNameStar);
        using var word = WordprocessingDocument.Open(await document.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), false);
        var text = string.Concat(word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
        Assert.Contains("试点示范项目申报书（两化融合管理体系贯标）", text, StringComparison.Ordinal);
        Assert.Contains("（二）德方在华企业基本信息", text, StringComparison.Ordinal);
        Assert.Contains("我单位申报的所有材料，均真实、完整", text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, byRival.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, allByRecommender.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allByCurator.StatusCode);
        Assert.Equal("测试市工业和信息化局—2030年融合发展—申报材料.zip", package.Content.Headers.ContentDisposition!.FileNameStar);
        using var zip = new System.IO.Compression.ZipArchive(await package.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["测试市工业和信息化局—2030年融合发展—汇总表.xlsx", "测试市工业和信息化局—1—供应链_协同平台—测试企业.docx"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(HttpStatusCode.Forbidden, packageByEnterprise.StatusCode);
    }
}
