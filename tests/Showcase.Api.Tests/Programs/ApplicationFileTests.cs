using System.IO.Compression;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Showcase.Api.Tests.Catalog;
using Showcase.Common;
using Showcase.Testing;
using Showcase.Testing.Files;
using Showcase.Testing.Pictures;

namespace Showcase.Api.Tests.Programs;

/// <summary>
/// An application's 证明材料: uploaded by the applicant's members for its call, attached slot by slot, read by those
/// who may read the application, listed in its Word file and carried in the recommender's package.
/// </summary>
public sealed class ApplicationFileTests(HostFixture fixture)
{
    private const string Read = "query($call: ID!) { programApplication(call: $call, applicant: \"org-enterprise\") { version files { key files { id name contentType size url } } } }";
    private const string Patents = "management-system/patents";
    private const string Awards = "sino-german/awards";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DocumentsInSlots_AreReadByApplicantRecommenderAndCurator_NotByRivalsOrOtherPortals_AndGoIntoTheWordFileAndPackage()
    {
        var portal = await ProgramPortal.OpenAsync(fixture, "evidence");
        var pdf = TestDocuments.Pdf;
        var patent = await UploadIdAsync(portal, TestPortal.Enterprise, "evidence", pdf, "发明专利证书.pdf");
        var award = await UploadIdAsync(portal, TestPortal.Enterprise, "evidence", TestDocuments.Word(), "获奖证书.docx");

        (await portal.PostAsync(TestPortal.Enterprise, ProgramPortal.Save, new { call = "evidence", v = 0, input = ProgramPortal.Application("协同平台", (Patents, [patent]), (Awards, [award])) })).EnsureNoErrors();
        (await portal.PostAsync(TestPortal.Enterprise, "mutation { submitProgramApplication(call: \"evidence\", expectedVersion: 1, pledge: true) { status } }")).EnsureNoErrors();

        var files = (await portal.DataAsync(TestPortal.Enterprise, "programApplication", Read, new { call = "evidence" })).GetProperty("files");
        Assert.Equal([Patents, Awards], files.EnumerateArray().Select(f => f.GetProperty("key").GetString()));
        var attached = files[0].GetProperty("files")[0];
        Assert.Equal((patent, "发明专利证书.pdf", "application/pdf", pdf.Length, $"/t/{portal.Tenant}/files/{patent}"),
            (attached.GetProperty("id").GetString(), attached.GetProperty("name").GetString(), attached.GetProperty("contentType").GetString(),
                attached.GetProperty("size").GetInt32(), attached.GetProperty("url").GetString()));

        foreach (var reader in new[] { TestPortal.Enterprise, TestPortal.Recommender, TestPortal.Curator })
        {
            using var download = await portal.GetAsync(reader, $"files/{patent}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Cancel));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync(TestPortal.RivalEnterprise, $"files/{patent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync(null, $"files/{patent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await CatalogPortal.CreateAsync(fixture)).GetAsync(TestPortal.Curator, $"files/{patent}")).StatusCode);

        await portal.DataAsync(TestPortal.Recommender, "recommendProgramApplications", "mutation { recommendProgramApplications(call: \"evidence\", applicants: [\"org-enterprise\"]) { version } }");
        using (var document = await portal.GetAsync(TestPortal.Recommender, "programs/evidence/documents/org-enterprise"))
        {
            using var word = WordprocessingDocument.Open(await document.Content.ReadAsStreamAsync(Cancel), false);
            var text = string.Concat(word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
            Assert.Contains("企业专利证书（复印件）1. 发明专利证书.pdf（PDF，1 KB）", text, StringComparison.Ordinal);
            Assert.Contains("获奖证书（复印件）1. 获奖证书.docx（Word，", text, StringComparison.Ordinal);
        }

        using var package = await portal.GetAsync(TestPortal.Recommender, "programs/evidence/package?recommender=org-recommender");
        Assert.Equal(HttpStatusCode.OK, package.StatusCode);
        using var zip = new ZipArchive(await package.Content.ReadAsStreamAsync(Cancel));
        const string Folder = "测试市工业和信息化局—1—协同平台—测试企业—附件";
        Assert.Equal(
            ["测试市工业和信息化局—2030年融合发展—汇总表.xlsx", "测试市工业和信息化局—1—协同平台—测试企业.docx", $"{Folder}/企业专利证书/1—发明专利证书.pdf", $"{Folder}/获奖证书/1—获奖证书.docx"],
            zip.Entries.Select(e => e.FullName));
        await using var entry = zip.GetEntry($"{Folder}/企业专利证书/1—发明专利证书.pdf")!.Open();
        using var copy = new MemoryStream();
        await entry.CopyToAsync(copy, Cancel);
        Assert.Equal(pdf, copy.ToArray());
    }

    [Fact]
    public async Task WhatIsNoDocument_NotThisApplicants_InNoSlot_OrTooMany_IsRefused_AndChangesNothing()
    {
        var portal = await ProgramPortal.OpenAsync(fixture, "refusals");
        (await portal.PostAsync(TestPortal.Enterprise, ProgramPortal.Save, new { call = "refusals", v = 0, input = new { projectName = "草稿" } })).EnsureNoErrors();

        var page = await UploadAsync(portal, TestPortal.Enterprise, "refusals", TestPictures.HtmlNamedPng, "专利.pdf");
        var forAnother = await UploadAsync(portal, TestPortal.RivalEnterprise, "refusals", TestDocuments.Pdf, "专利.pdf");
        var unknownCall = await UploadClient.UploadAsync(
            fixture.GraphQL.Http, portal.Tenant, portal.TokenOf(TestPortal.Enterprise), "application/no-such-call/org-enterprise", TestDocuments.Pdf, "专利.pdf", endpoint: "files");
        var rivals = (await UploadClient.UploadAsync(
            fixture.GraphQL.Http, portal.Tenant, portal.TokenOf(TestPortal.RivalEnterprise), "application/refusals/org-rival-enterprise", TestDocuments.Pdf, "乙.pdf", endpoint: "files"))
            .Json.GetProperty("id").GetString()!;
        var mine = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => UploadIdAsync(portal, TestPortal.Enterprise, "refusals", TestDocuments.Pdf, $"证书{i}.pdf")));

        var attachingRivals = await SaveAsync(portal, (Patents, [rivals]));
        var noSuchSlot = await SaveAsync(portal, ("management-system/nope", [mine[0]]));
        var tooMany = await SaveAsync(portal, (Patents, mine));
        var twice = await SaveAsync(portal, (Patents, [mine[0]]), ("management-system/awards", [mine[0]]));

        Assert.Equal((HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedFile), (page.Status, Code(page.Json)));
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCodes.Forbidden), (forAnother.Status, Code(forAnother.Json)));
        Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.NotFound), (unknownCall.Status, Code(unknownCall.Json)));
        Assert.Equal((ErrorCodes.NotFound, $"files.{Patents}"), (attachingRivals.FirstCode, attachingRivals.Errors[0].Field));
        Assert.Equal((ErrorCodes.InvalidValue, "files.management-system/nope"), (noSuchSlot.FirstCode, noSuchSlot.Errors[0].Field));
        Assert.Equal((ErrorCodes.TooMany, $"files.{Patents}"), (tooMany.FirstCode, tooMany.Errors[0].Field));
        Assert.Contains("“企业专利证书（复印件）”最多上传 5 个文件", tooMany.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal((ErrorCodes.InvalidValue, "files"), (twice.FirstCode, twice.Errors[0].Field));
        var stored = await portal.DataAsync(TestPortal.Enterprise, "programApplication", Read, new { call = "refusals" });
        Assert.Equal((1, 0), (stored.GetProperty("version").GetInt32(), stored.GetProperty("files").GetArrayLength()));
    }

    private Task<GraphQLResponse> SaveAsync(CatalogPortal portal, params (string Slot, string[] Files)[] files) =>
        portal.PostAsync(TestPortal.Enterprise, ProgramPortal.Save, new { call = "refusals", v = 1, input = new { projectName = "草稿", files = files.Select(f => new { key = f.Slot, files = f.Files }) } });

    private static string? Code(JsonElement json) => json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private Task<(HttpStatusCode Status, JsonElement Json)> UploadAsync(CatalogPortal portal, string login, string call, byte[] bytes, string fileName) =>
        UploadClient.UploadAsync(fixture.GraphQL.Http, portal.Tenant, portal.TokenOf(login), $"application/{call}/org-enterprise", bytes, fileName, endpoint: "files");

    private async Task<string> UploadIdAsync(CatalogPortal portal, string login, string call, byte[] bytes, string fileName)
    {
        var (status, json) = await UploadAsync(portal, login, call, bytes, fileName);
        return status == HttpStatusCode.Created ? json.GetProperty("id").GetString()! : throw new InvalidOperationException($"The upload was refused: {status} {json}");
    }
}
