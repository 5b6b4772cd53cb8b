using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Collections;
using Showcase.Api.Tests.Catalog;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Testing;

namespace Showcase.Api.Tests.Collections;

public sealed class CollectionGraphQLTests(HostFixture fixture)
{
    private const string Fields = "id version isPublished hasUnpublishedChanges published { title caseCount sections { title cases { caseId revision title note newerRevision withdrawn } } } working { title caseCount sections { title cases { caseId revision title note } } } seed { query section filters { dimension values } }";
    private const string Create = $"mutation($id: ID, $input: CollectionInput!, $seed: SavedSearchInput, $section: String) {{ createCollection(id: $id, input: $input, seed: $seed, seedSection: $section) {{ added collection {{ {Fields} }} }} }}";

    [Fact]
    public async Task SeededFromASearch_TakesThePublishedMatches_AndRefreshAddsLaterOnes()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await PublishCaseAsync(portal, "steel-a", "甲", "ferrous-metals", "energy-saving");
        await PublishCaseAsync(portal, "steel-b", "乙", "ferrous-metals", "energy-saving");
        await PublishCaseAsync(portal, "steel-quality", "丙", "ferrous-metals", "quality");
        await PublishCaseAsync(portal, "car", "丁", "automotive", "energy-saving");
        await portal.DataAsync(TestPortal.Curator, "createCase", "mutation($input: CaseContentInput!) { createCase(id: \"steel-draft\", input: $input) { id } }",
            new { input = CatalogInputs.Case("戊", "ferrous-metals", "energy-saving") });
        var seed = new { filter = new { industries = new[] { "ferrous-metals" }, domains = new[] { "energy-saving" } } };
        await SearchUntilAsync(portal, seed.filter, 2);

        var created = await portal.DataAsync(TestPortal.Curator, "createCollection", Create,
            new { input = new { title = "钢铁行业节能减排案例集" }, seed, section = "节能减排" });
        var collection = created.GetProperty("collection");
        var section = Assert.Single(collection.GetProperty("working").GetProperty("sections").EnumerateArray());

        Assert.Equal(2, created.GetProperty("added").GetInt32());
        Assert.Equal("节能减排", section.GetProperty("title").GetString());
        Assert.Equal(["steel-a", "steel-b"], section.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseId").GetString()).Order());
        Assert.Equal("ferrous-metals", collection.GetProperty("seed").GetProperty("filters").EnumerateArray().Single(f => f.GetProperty("dimension").GetString() == "industry").GetProperty("values")[0].GetString());

        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"steel-draft\") { id } }");
        await SearchUntilAsync(portal, seed.filter, 3);
        var id = collection.GetProperty("id").GetString();
        var refreshed = await portal.DataAsync(TestPortal.Curator, "refreshCollection", $"mutation($id: ID!) {{ refreshCollection(id: $id, expectedVersion: 1) {{ added collection {{ {Fields} }} }} }}", new { id });
        var again = await portal.DataAsync(TestPortal.Curator, "refreshCollection", $"mutation($id: ID!) {{ refreshCollection(id: $id, expectedVersion: 2) {{ added collection {{ version }} }} }}", new { id });

        Assert.Equal(1, refreshed.GetProperty("added").GetInt32());
        Assert.Equal("steel-draft", refreshed.GetProperty("collection").GetProperty("working").GetProperty("sections")[0].GetProperty("cases")[2].GetProperty("caseId").GetString());
        Assert.Equal((0, 2), (again.GetProperty("added").GetInt32(), again.GetProperty("collection").GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task DeleteDraft_RemovesANeverPublishedCollection_AndRefusesOneThatWasPublished()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await PublishCaseAsync(portal, "weld", "初版", "automotive", "quality");
        foreach (var id in new[] { "trial", "meeting" })
        {
            await portal.DataAsync(TestPortal.Curator, "createCollection", Create,
                new { id, input = new { title = $"{id} 案例集", sections = new[] { new { title = "质量管控", cases = new[] { new { @case = "weld" } } } } } });
        }

        await portal.DataAsync(TestPortal.Curator, "publishCollection", "mutation { publishCollection(id: \"meeting\", expectedVersion: 1) { id } }");
        await portal.DataAsync(TestPortal.Curator, "unpublishCollection", "mutation { unpublishCollection(id: \"meeting\", expectedVersion: 2) { id } }");

        var deleted = await portal.DataAsync(TestPortal.Curator, "deleteCollectionDraft", "mutation { deleteCollectionDraft(id: \"trial\") }");
        var refused = await portal.PostAsync(TestPortal.Curator, "mutation { deleteCollectionDraft(id: \"meeting\") }");
        var byEnterprise = await portal.PostAsync(TestPortal.Enterprise, "mutation { deleteCollectionDraft(id: \"meeting\") }");
        var left = await portal.DataAsync(TestPortal.Curator, "collections", "{ collections { totalCount items { id } } }");

        Assert.Equal("trial", deleted.GetString());
        Assert.Equal("INVALID_TRANSITION", refused.FirstCode);
        Assert.Equal("FORBIDDEN", byEnterprise.FirstCode);
        Assert.Equal(["meeting"], left.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Publishing_PinsCaseRevisions_LaterEditsShowAsNewer_UntilTheCuratorUpdatesAndRepublishes()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await PublishCaseAsync(portal, "weld", "初版", "automotive", "quality");
        var created = await portal.DataAsync(TestPortal.Curator, "createCollection", Create, new
        {
            id = "meeting",
            input = new { title = "现场会案例集", sections = new[] { new { title = "质量管控", cases = new[] { new { @case = "weld", note = "推荐参观" } } } } },
        });
        await portal.DataAsync(TestPortal.Curator, "publishCollection", "mutation { publishCollection(id: \"meeting\", expectedVersion: 1) { id } }");

        await portal.DataAsync(TestPortal.Curator, "editCase", "mutation($input: CaseContentInput!) { editCase(id: \"weld\", expectedVersion: 2, input: $input) { id } }",
            new { input = CatalogInputs.Case("二版") });
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"weld\") { id } }");
        var afterEdit = await CollectionAsync(portal, null, "meeting");
        var pinned = afterEdit.GetProperty("published").GetProperty("sections")[0].GetProperty("cases")[0];

        Assert.Equal("初版焊装车间质量在线检测", pinned.GetProperty("title").GetString());
        Assert.Equal((1, 2), (pinned.GetProperty("revision").GetInt32(), pinned.GetProperty("newerRevision").GetInt32()));
        Assert.Equal("推荐参观", pinned.GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, afterEdit.GetProperty("working").ValueKind);
        Assert.Equal("初版焊装车间质量在线检测", Headings((await ExportAsync(portal, "meeting", "DOCX")).Content)[^1]);

        var updated = await portal.DataAsync(TestPortal.Curator, "updateCollectionPins", $"mutation {{ updateCollectionPins(id: \"meeting\", expectedVersion: 2) {{ {Fields} }} }}");
        Assert.Equal("二版焊装车间质量在线检测", updated.GetProperty("working").GetProperty("sections")[0].GetProperty("cases")[0].GetProperty("title").GetString());
        Assert.Equal("初版焊装车间质量在线检测", updated.GetProperty("published").GetProperty("sections")[0].GetProperty("cases")[0].GetProperty("title").GetString());
        Assert.True(updated.GetProperty("hasUnpublishedChanges").GetBoolean());

        await portal.DataAsync(TestPortal.Curator, "publishCollection", "mutation { publishCollection(id: \"meeting\", expectedVersion: 3) { id } }");
        var republished = (await CollectionAsync(portal, null, "meeting")).GetProperty("published").GetProperty("sections")[0].GetProperty("cases")[0];
        Assert.Equal(("二版焊装车间质量在线检测", 2, JsonValueKind.Null), (republished.GetProperty("title").GetString(), republished.GetProperty("revision").GetInt32(), republished.GetProperty("newerRevision").ValueKind));
        Assert.Equal(1, created.GetProperty("collection").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task RefusedChanges_SayWhatIsWrong_AndChangeNothing()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await PublishCaseAsync(portal, "weld", "甲", "automotive", "quality");
        await portal.DataAsync(TestPortal.Curator, "createCase", "mutation($input: CaseContentInput!) { createCase(id: \"draft\", input: $input) { id } }", new { input = CatalogInputs.Case("乙") });
        await portal.DataAsync(TestPortal.Curator, "createCollection", Create, new { id = "book", input = new { title = "案例集", sections = new object[] { new { title = "第一组", cases = new[] { new { @case = "weld" } } }, new { title = "第二组", cases = Array.Empty<object>() } } } });

        var emptySection = await portal.PostAsync(TestPortal.Curator, "mutation { publishCollection(id: \"book\", expectedVersion: 1) { id } }");
        var unpublishedCase = await portal.PostAsync(TestPortal.Curator, "mutation { addCollectionCases(id: \"book\", expectedVersion: 1, section: 1, cases: [\"draft\"]) { added } }");
        var noSuchSection = await portal.PostAsync(TestPortal.Curator, "mutation { addCollectionCases(id: \"book\", expectedVersion: 1, section: 5, cases: [\"weld\"]) { added } }");
        var twice = await portal.PostAsync(TestPortal.Curator, "mutation { updateCollection(id: \"book\", expectedVersion: 1, input: { title: \"案例集\", sections: [{ title: \"甲\", cases: [{ case: \"weld\" }] }, { title: \"乙\", cases: [{ case: \"weld\" }] }] }) { id } }");
        var sameTitle = await portal.PostAsync(TestPortal.Curator, "mutation { updateCollection(id: \"book\", expectedVersion: 1, input: { title: \"案例集\", sections: [{ title: \"甲\", cases: [] }, { title: \"甲\", cases: [] }] }) { id } }");
        var stale = await portal.PostAsync(TestPortal.Curator, "mutation { removeCollectionCase(id: \"book\", expectedVersion: 7, case: \"weld\") { id } }");
        var longNote = await portal.PostAsync(TestPortal.Curator, $"mutation {{ setCollectionCaseNote(id: \"book\", expectedVersion: 1, case: \"weld\", note: \"{new string('长', 501)}\") {{ id }} }}");
        var noTitle = await portal.PostAsync(TestPortal.Curator, "mutation { createCollection(input: { title: \" \" }) { added } }");
        var enterprise = await portal.PostAsync(TestPortal.Enterprise, "mutation { createCollection(input: { title: \"企业的案例集\" }) { added } }");
        var kindFilter = await portal.PostAsync(TestPortal.Curator, "mutation { seedCollection(id: \"book\", expectedVersion: 1, search: { filter: { kinds: [\"factory\"] } }) { added } }");

        Assert.Equal((ErrorCodes.Required, "第 2 章“第二组”还没有案例：请加入案例或删除这一章。"), (emptySection.FirstCode, emptySection.Errors[0].Message));
        Assert.Equal((ErrorCodes.NotFound, "案例“draft”不存在或尚未发布：只有已发布的案例可以收录。"), (unpublishedCase.FirstCode, unpublishedCase.Errors[0].Message));
        Assert.Equal((ErrorCodes.NotFound, "找不到第 6 章：案例集共有 2 章。"), (noSuchSection.FirstCode, noSuchSection.Errors[0].Message));
        Assert.Equal(ErrorCodes.AlreadyExists, twice.FirstCode);
        Assert.Contains("每个案例只收录一次", twice.Errors[0].Message);
        Assert.Equal((ErrorCodes.AlreadyExists, "已经有一章叫“甲”，请换一个标题。"), (sameTitle.FirstCode, sameTitle.Errors[0].Message));
        Assert.Equal(ErrorCodes.VersionConflict, stale.FirstCode);
        Assert.Equal(ErrorCodes.TooLong, longNote.FirstCode);
        Assert.Equal((ErrorCodes.Required, "请填写案例集名称。"), (noTitle.FirstCode, noTitle.Errors[0].Message));
        Assert.Equal(ErrorCodes.Forbidden, enterprise.FirstCode);
        Assert.Equal(ErrorCodes.InvalidValue, kindFilter.FirstCode);
        var stored = await CollectionAsync(portal, TestPortal.Curator, "book");
        Assert.Equal((1, false, 1), (stored.GetProperty("version").GetInt32(), stored.GetProperty("isPublished").GetBoolean(), stored.GetProperty("working").GetProperty("caseCount").GetInt32()));
        Assert.Equal(1, (await portal.DataAsync(TestPortal.Curator, "collections", "{ collections { totalCount } }")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Public_SeesOnlyPublishedCollections_AndOnlyTheirPublishedCopy()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await PublishCaseAsync(portal, "weld", "甲", "automotive", "quality");
        var input = new { title = "公开的案例集", sections = new[] { new { title = "质量", cases = new[] { new { @case = "weld" } } } } };
        await portal.DataAsync(TestPortal.Curator, "createCollection", Create, new { id = "open", input });
        await portal.DataAsync(TestPortal.Curator, "createCollection", Create, new { id = "hidden", input = input with { title = "未发布的案例集" } });
        await portal.DataAsync(TestPortal.Curator, "publishCollection", "mutation { publishCollection(id: \"open\", expectedVersion: 1) { id } }");
        await portal.DataAsync(TestPortal.Curator, "updateCollection", "mutation { updateCollection(id: \"open\", expectedVersion: 2, input: { title: \"改了标题还没发布\", sections: [{ title: \"质量\", cases: [{ case: \"weld\" }] }] }) { id } }");

        var listed = await portal.DataAsync(null, "collections", "{ collections { totalCount items { id published { title } working { title } } } }");
        var hidden = await portal.PostAsync(TestPortal.Enterprise, "{ collection(id: \"hidden\") { id } }");

        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(("open", "公开的案例集", JsonValueKind.Null), (item.GetProperty("id").GetString(), item.GetProperty("published").GetProperty("title").GetString(), item.GetProperty("working").ValueKind));
        Assert.Equal(JsonValueKind.Null, hidden.Data.GetProperty("collection").ValueKind);
        Assert.Equal(2, (await portal.DataAsync(TestPortal.Curator, "collections", "{ collections { totalCount } }")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Export_RunsInTheBackground_ThenDownloadsAWordBookAndAnXlsxList()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        foreach (var id in new[] { "a", "b", "c" })
        {
            await PublishCaseAsync(portal, id, id.ToUpperInvariant(), "automotive", "quality");
        }

        await portal.DataAsync(TestPortal.Curator, "createCollection", Create, new
        {
            id = "book",
            input = new
            {
                title = "汽车行业质量管控案例集",
                introduction = "前言：**三个**案例。",
                sections = new[] { new { title = "焊装", cases = new[] { new { @case = "b" }, new { @case = "a" } } }, new { title = "总装", cases = new[] { new { @case = "c" } } } },
            },
        });
        await portal.DataAsync(TestPortal.Curator, "publishCollection", "mutation { publishCollection(id: \"book\", expectedVersion: 1) { id } }");

        var (docx, docxName, _) = await ExportAsync(portal, "book", "DOCX");
        var (xlsx, xlsxName, _) = await ExportAsync(portal, "book", "XLSX");

        Assert.Equal(("汽车行业质量管控案例集.docx", "汽车行业质量管控案例集.xlsx"), (docxName, xlsxName));
        Assert.Equal(["前言", "第一章　焊装", "B焊装车间质量在线检测", "A焊装车间质量在线检测", "第二章　总装", "C焊装车间质量在线检测"], Headings(docx));
        var table = XlsxTable.Read(new MemoryStream(xlsx));
        Assert.Equal(["B焊装车间质量在线检测", "A焊装车间质量在线检测", "C焊装车间质量在线检测"], table.Rows.Select(r => r[table.ColumnOf("案例名称")]));
        Assert.EndsWith($"/t/{portal.Tenant}/cases/b", table.Rows[0][table.ColumnOf("在线查看")]);
    }

    [Fact]
    public async Task TheBook_IsExportedInEnglish_OrInBoth_WithEnglishWordsNamesAndTheChineseOriginalMarked()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var english = new Dictionary<string, object>(ToDictionary(CatalogInputs.Case("A")))
        {
            ["english"] = new { title = "Online weld inspection", summary = "Machine vision checks every weld.", body = "Cameras and edge computers check each weld." },
        };
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation($input: CaseContentInput!) { createCase(id: \"a\", input: $input) { id } publishCase(id: \"a\") { id } }", new { input = english });
        await PublishCaseAsync(portal, "b", "B", "automotive", "quality");
        await portal.DataAsync(TestPortal.Curator, "createCollection", Create, new
        {
            id = "book",
            input = new
            {
                title = "汽车行业质量管控案例集",
                introduction = "前言：两个案例。",
                english = new { title = "Quality in the automotive industry", body = "Two cases." },
                sections = new[] { new { title = "焊装", cases = new[] { new { @case = "a" }, new { @case = "b" } } } },
            },
        });
        await portal.DataAsync(TestPortal.Curator, "publishCollection", "mutation { publishCollection(id: \"book\", expectedVersion: 1) { id } }");

        var (inEnglish, englishName, _) = await ExportAsync(portal, "book", "DOCX", "ENGLISH");
        var (inBoth, _, _) = await ExportAsync(portal, "book", "DOCX", "BOTH");
        var (list, _, _) = await ExportAsync(portal, "book", "XLSX", "BOTH");

        Assert.Equal("Quality in the automotive industry.docx", englishName);
        Assert.Equal(["Foreword", "Chapter 1  焊装", "Online weld inspection", "B焊装车间质量在线检测"], Headings(inEnglish));
        var text = Text(inEnglish);
        Assert.Contains("RegionSuzhou, Jiangsu", text);
        Assert.Contains("IndustryAutomotive", text);
        Assert.Contains(Showcase.Catalog.Collections.BookWords.OriginalMark, text);
        Assert.DoesNotContain("江苏", string.Concat(text));
        Assert.Equal(["前言", "Foreword", "第一章　焊装", "A焊装车间质量在线检测", "Online weld inspection", "B焊装车间质量在线检测", "B焊装车间质量在线检测"], Headings(inBoth));
        var table = XlsxTable.Read(new MemoryStream(list));
        Assert.Equal(["Online weld inspection", "B焊装车间质量在线检测"], table.Rows.Select(r => r[table.ColumnOf("英文名称")]));
    }

    private static string[] Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)
            .Concat(document.MainDocumentPart.Document.Body.Descendants<TableRow>().Select(r => r.InnerText)).ToArray();
    }

    private static string[] Headings(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2").Select(p => p.InnerText).ToArray();
    }

    [Fact]
    public async Task AFinishedExport_IsReadAndServedByAHostThatDidNotRunIt_AndNotFromAnotherPortal()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var other = await CatalogPortal.CreateAsync(fixture);
        await PublishCaseAsync(portal, "a", "A", "automotive", "quality");
        await portal.DataAsync(TestPortal.Curator, "createCollection", Create, new
        {
            id = "book",
            input = new { title = "别的节点也能下载的案例集", sections = new[] { new { title = "焊装", cases = new[] { new { @case = "a" } } } } },
        });
        await portal.DataAsync(TestPortal.Curator, "publishCollection", "mutation { publishCollection(id: \"book\", expectedVersion: 1) { id } }");
        var (_, _, id) = await ExportAsync(portal, "book", "XLSX");
        // Another host: the same cluster and storage, none of this host's memory.
        var anotherHost = ActivatorUtilities.CreateInstance<CollectionExports>(fixture.Host.Services);

        var seen = await anotherHost.FindAsync(portal.Tenant, id);
        var file = await anotherHost.FileAsync(portal.Tenant, seen!, TestContext.Current.CancellationToken);

        Assert.Equal((ExportState.Done, 1, "别的节点也能下载的案例集.xlsx"), (seen!.State, seen.Total, seen.FileName));
        var table = XlsxTable.Read(new MemoryStream(file!.Content));
        Assert.Equal(["A焊装车间质量在线检测"], table.Rows.Select(r => r[table.ColumnOf("案例名称")]));
        Assert.Null(await anotherHost.FindAsync(other.Tenant, id));
        Assert.Null(await anotherHost.FileAsync(other.Tenant, seen, TestContext.Current.CancellationToken));
    }

    private async Task<(byte[] Content, string FileName, string Id)> ExportAsync(CatalogPortal portal, string collection, string format, string language = "CHINESE")
    {
        var id = (await portal.DataAsync(null, "exportCollection", "mutation($id: ID!, $format: ExportFormat!, $language: BookLanguage!) { exportCollection(id: $id, format: $format, language: $language) { id } }",
                new { id = collection, format, language }))
            .GetProperty("id").GetString()!;
        var progress = default(JsonElement);
        await Eventually.TrueAsync(async () => (progress = await portal.DataAsync(null, "collectionExport", "query($id: ID!) { collectionExport(id: $id) { state percent downloadUrl fileName language } }", new { id }))
            .GetProperty("state").GetString() == "DONE", TestContext.Current.CancellationToken);
        Assert.Equal((100, language), (progress.GetProperty("percent").GetInt32(), progress.GetProperty("language").GetString()));
        var response = await fixture.GraphQL.Http.GetAsync(progress.GetProperty("downloadUrl").GetString(), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), progress.GetProperty("fileName").GetString()!, id);
    }

    internal static async Task PublishCaseAsync(CatalogPortal portal, string id, string mark, string industry, string domain) =>
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation($id: ID!, $input: CaseContentInput!) { createCase(id: $id, input: $input) { id } publishCase(id: $id) { id } }",
            new { id, input = CatalogInputs.Case(mark, industry, domain) });

    private static Task<JsonElement> CollectionAsync(CatalogPortal portal, string? login, string id) =>
        portal.DataAsync(login, "collection", $"query($id: ID!) {{ collection(id: $id) {{ {Fields} }} }}", new { id });

    private static async Task SearchUntilAsync(CatalogPortal portal, object filter, int total)
    {
        var scope = new Dictionary<string, object>(ToDictionary(filter)) { ["kinds"] = new[] { "case" } };
        Assert.Equal(total, await Eventually.ReadAsync(
            async () => (await portal.DataAsync(null, "search", "query($filter: SearchFilterInput) { search(filter: $filter) { total } }", new { filter = scope })).GetProperty("total").GetInt32(),
            found => found == total, TestContext.Current.CancellationToken));
    }

    private static Dictionary<string, object> ToDictionary(object value) =>
        value.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(value)!);
}
