using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Tests.Catalog;
using Showcase.Api.Transfers;
using Showcase.Catalog.Spreadsheets;
using Showcase.Testing;

namespace Showcase.Api.Tests.Transfers;

public sealed class TransferGraphQLTests(HostFixture fixture)
{
    private static readonly string[] CaseHeader = ["编号", "案例名称*", "摘要*", "正文*", "申报单位*", "联系人", "手机", "邮箱", "省份*", "城市", "行业*", "领域*", "申报方向", "成效指标*"];
    private const string Body = "在焊装车间部署工业相机和边缘计算设备，对每一个焊点在线检测，缺陷数据实时回传质量管理系统，形成闭环改进。";
    private const string Start = "mutation($kind: CatalogKind!, $name: String!, $content: String!, $publish: Boolean!) { importCatalog(kind: $kind, fileName: $name, contentBase64: $content, publish: $publish) { id state } }";
    private const string Poll = "query($id: ID!) { importJob(id: $id) { id state finished percent total checked written skipped errors { row column message } } }";

    private static object?[] CaseRow(string title, string industry = "汽车", string metrics = "焊点缺陷率（%）：1.2→0.3\n检测效率（点/分钟）：120") =>
        [null, title, "用机器视觉在线检测焊点质量。", Body, "示例汽车有限公司", "王工", "13800138000", "wang@example.com", "江苏省", "苏州市", industry, "质量管控", "智能制造优秀场景", metrics];

    [Fact]
    public async Task ImportCases_ValidXlsx_CreatesAndPublishesEveryRow()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var file = Xlsx(CaseHeader, CaseRow("焊点检测甲"), CaseRow("焊点检测乙", "机械"));

        var job = await ImportAsync(portal, "CASE", "案例.xlsx", file, publish: true);

        Assert.Equal(("DONE", 2, 0), (job.GetProperty("state").GetString(), job.GetProperty("written").GetInt32(), job.GetProperty("errors").GetArrayLength()));
        var cases = await portal.DataAsync(null, "cases", "{ cases(sort: TITLE) { totalCount items { id title status industries { code } } } }");
        Assert.Equal(2, cases.GetProperty("totalCount").GetInt32());
        var id = cases.GetProperty("items")[0].GetProperty("id").GetString();
        var shown = await portal.DataAsync(TestPortal.Curator, "case", "query($id: ID!) { case(id: $id) { city { name } programs { code } metrics { name unit before after } contactEmail } }", new { id });
        Assert.Equal("苏州市", shown.GetProperty("city").GetProperty("name").GetString());
        Assert.Equal("smart-manufacturing-c1", shown.GetProperty("programs")[0].GetProperty("code").GetString());
        Assert.Equal(1.2m, shown.GetProperty("metrics")[0].GetProperty("before").GetDecimal());
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("metrics")[1].GetProperty("before").ValueKind);
        Assert.Equal("wang@example.com", shown.GetProperty("contactEmail").GetString());
    }

    [Fact]
    public async Task ImportCases_FileWithProblems_ListsEachByRowAndColumnAndWritesNothing()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var file = Xlsx(CaseHeader,
            CaseRow("没有问题的一行"),
            CaseRow("行业写错", "汽车制造"),
            CaseRow("", metrics: "效率提升了很多"));

        var job = await ImportAsync(portal, "CASE", "案例.xlsx", file, publish: true);

        Assert.Equal("REFUSED", job.GetProperty("state").GetString());
        var errors = job.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToArray();
        Assert.Contains((3, "行业"), errors);
        Assert.Contains((4, "成效指标"), errors);
        Assert.DoesNotContain(errors, e => e.Item1 == 2);
        Assert.Equal(0, (await portal.DataAsync(TestPortal.Curator, "cases", "{ cases { totalCount } }")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ImportCases_RuleOfTheGrain_IsReportedInItsColumn()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var row = CaseRow("手机号写错");
        row[6] = "12345";

        var job = await ImportAsync(portal, "CASE", "案例.xlsx", Xlsx(CaseHeader, row), publish: false);

        var error = Assert.Single(job.GetProperty("errors").EnumerateArray());
        Assert.Equal((2, "手机"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Contains("联系电话格式不正确", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ImportCases_ARowWithAnUnreadableCellAndARuleBroken_ReportsBothInOnePass()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var row = CaseRow("行业和手机都写错", "汽车制造");
        row[6] = "12345";

        var job = await ImportAsync(portal, "CASE", "案例.xlsx", Xlsx(CaseHeader, row), publish: false);

        var errors = job.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).Order().ToArray();
        Assert.Equal(["手机", "行业"], errors);
    }

    [Fact]
    public async Task ARefusedImport_ReadInEnglish_ExplainsEachProblemInEnglish_UnderTheColumnsTheFileNames()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var row = CaseRow("三处写错", "汽车制造", "效率提升了很多");
        row[6] = "12345";
        var job = await ImportAsync(portal, "CASE", "案例.xlsx", Xlsx(CaseHeader, row), publish: false);

        var english = await portal.PostInAsync("en", TestPortal.Curator, Poll, new { id = job.GetProperty("id").GetString() });

        var errors = english.Json.GetProperty("data").GetProperty("importJob").GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("column").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Equal("“汽车制造” is not in the list of Industries: use a name from the list.", errors["行业"]);
        Assert.StartsWith("“效率提升了很多” cannot be read: write each metric on its own line", errors["成效指标"]);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", errors["手机"]);
        Assert.Contains("不在“行业”目录中", job.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).First(m => m!.Contains("汽车制造")));
    }

    [Fact]
    public async Task ImportSameFileAgain_SkipsWhatIsThere_CreatesNothingTwice()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var file = Xlsx(CaseHeader, CaseRow("甲"), CaseRow("乙"));

        await ImportAsync(portal, "CASE", "案例.xlsx", file, publish: false);
        var again = await ImportAsync(portal, "CASE", "案例-重传.xlsx", file, publish: false);

        Assert.Equal(("DONE", 0, 2), (again.GetProperty("state").GetString(), again.GetProperty("written").GetInt32(), again.GetProperty("skipped").GetInt32()));
        Assert.Equal(2, (await portal.DataAsync(TestPortal.Curator, "cases", "{ cases { totalCount } }")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ImportProviders_Gb18030Csv_ListsThemWithCapabilities()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var portal = await CatalogPortal.CreateAsync(fixture);
        var csv = "供应商名称*,主体类型*,省份*,城市,简介*,能力*,资质\r\n"
            + "示例工业软件有限公司,信息技术企业,北京,,为离散制造提供 MES。,\"汽车/质量管控：人工智能、5G\n机械/生产制造\",CMMI 5、ISO 27001\r\n";

        var job = await ImportAsync(portal, "PROVIDER", "供应商.csv", Encoding.GetEncoding("GB18030").GetBytes(csv), publish: true);

        Assert.True(job.GetProperty("state").GetString() == "DONE", job.GetRawText());
        var providers = await portal.DataAsync(null, "providers", "{ providers { items { id title status } } }");
        var id = providers.GetProperty("items")[0].GetProperty("id").GetString();
        var provider = await portal.DataAsync(null, "provider", "query($id: ID!) { provider(id: $id) { name capabilities { industry { code } domain { code } technologies { code } } qualifications } }", new { id });
        Assert.Equal("示例工业软件有限公司", provider.GetProperty("name").GetString());
        Assert.Equal(2, provider.GetProperty("capabilities").GetArrayLength());
        Assert.Equal(["ai", "5g"], provider.GetProperty("capabilities")[0].GetProperty("technologies").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        Assert.Equal(2, provider.GetProperty("qualifications").GetArrayLength());
    }

    [Fact]
    public async Task ImportCatalog_ByEnterpriseOrNotASpreadsheet_IsRefused()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var file = Xlsx(CaseHeader, CaseRow("甲"));

        var byEnterprise = await portal.PostAsync(TestPortal.Enterprise, Start, new { kind = "CASE", name = "a.xlsx", content = Convert.ToBase64String(file), publish = false });
        var notXlsx = await ImportAsync(portal, "CASE", "a.xlsx", "PK这不是表格"u8.ToArray(), publish: false);

        Assert.Equal("FORBIDDEN", byEnterprise.FirstCode);
        Assert.Equal("REFUSED", notXlsx.GetProperty("state").GetString());
        Assert.Contains(".xlsx", notXlsx.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task ExportSummary_HasTheProgramsColumnsWithContacts_AndCsvOpensInExcel()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await ImportAsync(portal, "CASE", "案例.xlsx", Xlsx(CaseHeader, CaseRow("焊点检测甲"), CaseRow("焊点检测乙")), publish: true);

        var xlsx = await DownloadAsync(portal, TestPortal.Curator, "exports/cases?layout=summary");
        var csv = await DownloadAsync(portal, TestPortal.Curator, "exports/cases?layout=summary&format=csv");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("汇总表", Uri.UnescapeDataString(xlsx.Content.Headers.ContentDisposition!.FileNameStar!));
        var table = XlsxTable.Read(await xlsx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["序号", "项目名称", "申报单位", "申报方向", "联系人", "联系方式"], table.Header);
        Assert.Equal(["1", "2"], table.Rows.Select(r => r[0]));
        Assert.Equal("智能制造优秀场景", table.Rows[0][3]);
        Assert.Equal("13800138000\nwang@example.com", table.Rows[0][5]);
        var csvBytes = await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), csvBytes[..3]);
        Assert.Equal(2, CsvTable.Read(new MemoryStream(csvBytes)).Rows.Count);
    }

    [Fact]
    public async Task Export_ThenImportIntoAnotherPortal_GivesTheSameCases()
    {
        var source = await CatalogPortal.CreateAsync(fixture);
        var target = await CatalogPortal.CreateAsync(fixture);
        await ImportAsync(source, "CASE", "案例.xlsx", Xlsx(CaseHeader, CaseRow("焊点检测甲"), CaseRow("焊点检测乙", "机械")), publish: true);

        var export = await DownloadAsync(source, TestPortal.Curator, "exports/cases?industry=automotive");
        var job = await ImportAsync(target, "CASE", "导出.xlsx", await export.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), publish: true);

        Assert.Equal(("DONE", 1), (job.GetProperty("state").GetString(), job.GetProperty("written").GetInt32()));
        const string read = "query($id: ID!) { case(id: $id) { title summary body organisation province { code } city { code } industries { code } domains { code } programs { code } metrics { name unit before after } } }";
        var id = (await source.DataAsync(null, "cases", "{ cases(filter: { industries: [\"automotive\"] }) { items { id } } }")).GetProperty("items")[0].GetProperty("id").GetString();
        var original = await source.DataAsync(TestPortal.Curator, "case", read, new { id });
        var copy = await target.DataAsync(TestPortal.Curator, "case", read, new { id });
        Assert.Equal(original.GetRawText(), copy.GetRawText());
    }

    [Fact]
    public async Task Export_ByVisitorOrEnterprise_IsRefused()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);

        using var visitor = await DownloadAsync(portal, null, "exports/cases");
        using var enterprise = await DownloadAsync(portal, TestPortal.Enterprise, "exports/cases?layout=summary");

        Assert.Equal(HttpStatusCode.Unauthorized, visitor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, enterprise.StatusCode);
    }

    [Fact]
    public async Task AnImport_IsReadAsTheRunningHostLastReportedIt_ByAHostThatDidNotRunIt_AndNotFromAnotherPortal()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var other = await CatalogPortal.CreateAsync(fixture);
        var job = await ImportAsync(portal, "CASE", "案例.xlsx", Xlsx(CaseHeader, CaseRow("焊点检测丙"), CaseRow("焊点检测丁")), publish: false);
        var id = job.GetProperty("id").GetString()!;
        // Another host: the same cluster, none of this host's memory.
        var anotherHost = ActivatorUtilities.CreateInstance<ImportJobs>(fixture.Host.Services);

        ImportProgress? seen = null;
        await Eventually.TrueAsync(async () => (seen = await anotherHost.FindAsync(portal.Tenant, id)) is { FinishedAt: not null }, TestContext.Current.CancellationToken);

        Assert.Equal((ImportState.Done, 2, 2, "案例.xlsx"), (seen!.State, seen.Total, seen.Written, seen.FileName));
        Assert.Null(await anotherHost.FindAsync(other.Tenant, id));
    }

    private async Task<JsonElement> ImportAsync(CatalogPortal portal, string kind, string name, byte[] content, bool publish)
    {
        var started = await portal.DataAsync(TestPortal.Curator, "importCatalog", Start, new { kind, name, content = Convert.ToBase64String(content), publish });
        var id = started.GetProperty("id").GetString();
        var job = default(JsonElement);
        await Eventually.TrueAsync(async () => (job = await portal.DataAsync(TestPortal.Curator, "importJob", Poll, new { id })).GetProperty("finished").GetBoolean(),
            TestContext.Current.CancellationToken);
        return job;
    }

    private async Task<HttpResponseMessage> DownloadAsync(CatalogPortal portal, string? login, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/t/{portal.Tenant}/{path}");
        if (login is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", portal.TokenOf(login));
        }

        return await fixture.GraphQL.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static byte[] Xlsx(IReadOnlyList<string> header, params object?[][] rows)
    {
        using var stream = new MemoryStream();
        XlsxTable.Write(stream, [new TableSheet("案例", header, rows)]);
        return stream.ToArray();
    }
}
