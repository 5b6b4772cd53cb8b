using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Showcase.Audit;
using Showcase.Api.Tests.Catalog;
using Showcase.Catalog.Spreadsheets;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Testing;

namespace Showcase.Api.Tests.Statistics;

/// <summary>The statistics tables through GraphQL and as Excel: what everyone sees, what only organisers see, and that they count what happened.</summary>
public sealed class StatisticsApiTests(HostFixture fixture)
{
    private const string All = "{ statistics { key title chart columns rows { label href values } } }";
    private const string One = "query($key: String!) { statistics(key: $key) { key columns rows { label values } } }";
    private static readonly Actor Curator = new("curator", "测试策展人");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Everyone_SeesThePublicCatalogsTables_CountedFromPublishedEntriesOnly()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var seed = new CatalogSeed(fixture.Host.Grains, portal.Tenant);
        foreach (var (id, after) in new[] { ("a", 0.9m), ("b", 0.6m), ("c", 0.3m) })
        {
            await seed.CaseAsync(id, CatalogSeed.Case("焊点检测" + id) with { Metrics = [new("焊点缺陷率", "%", 1.2m, after)] });
        }

        await seed.CaseAsync("draft", CatalogSeed.Case("草稿") with { Year = 2019 }, publish: false);
        await seed.FactoryAsync("f", CatalogSeed.Factory("浙江示范工厂"));

        var tables = (await portal.DataAsync(null, "statistics", All)).EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!);

        Assert.Equal(["by-year", "by-province", "cases-by-industry", "factories-by-sector", "cases-by-domain", "metric-changes"], tables.Keys);
        Assert.Equal([["2024年", "0", "1", "0"], ["2025年", "3", "0", "0"]], Rows(tables["by-year"]));
        Assert.Equal([["江苏省", "0", "0", "3"], ["浙江省", "1", "0", "0"]], Rows(tables["by-province"]).OrderBy(r => r[0]));
        Assert.Equal($"/t/{portal.Tenant}/cases?domain=quality", tables["metric-changes"].GetProperty("rows")[0].GetProperty("href").GetString());
        // −25 %, −50 %, −75 %: median −50, quartiles between neighbours.
        Assert.Equal([["质量管控 · 焊点缺陷率（%）", "3", "-75", "-62.5", "-50", "-37.5", "-25"]], Rows(tables["metric-changes"]));
        Assert.Equal("SPREAD", tables["metric-changes"].GetProperty("chart").GetString());
    }

    [Fact]
    public async Task InEnglish_TheTablesTitlesColumnsAndReferenceNamesAreEnglish_TheNumbersTheSame()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var seed = new CatalogSeed(fixture.Host.Grains, portal.Tenant);
        foreach (var (id, after) in new[] { ("a", 0.9m), ("b", 0.6m), ("c", 0.3m) })
        {
            await seed.CaseAsync(id, CatalogSeed.Case("焊点检测" + id) with { Metrics = [new("焊点缺陷率", "%", 1.2m, after)] });
        }

        var response = await portal.PostInAsync("en", null, All);
        var tables = response.Json.GetProperty("data").GetProperty("statistics").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!);

        Assert.Equal("Cases, demonstration factories and pilot zones by year", tables["by-year"].GetProperty("title").GetString());
        Assert.Equal(["Year", "Cases", "Demonstration factories", "Pilot zones"], tables["by-year"].GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([["2025", "3", "0", "0"]], Rows(tables["by-year"]));
        Assert.Equal([["Jiangsu", "0", "0", "3"]], Rows(tables["by-province"]));
        Assert.Equal([["Automotive", "3"]], Rows(tables["cases-by-industry"]));
        Assert.Equal([["Quality control · 焊点缺陷率 (%)", "3", "-75", "-62.5", "-50", "-37.5", "-25"]], Rows(tables["metric-changes"]));
    }

    [Fact]
    public async Task OrganisersTables_AreForCuratorsOnly_AndTheFunnelFollowsAChallengeToItsPublishedCase()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var seed = new CatalogSeed(fixture.Host.Grains, portal.Tenant);
        await seed.OpenChallengeAsync("open");
        var done = await seed.OpenChallengeAsync("done");
        await seed.ProviderAsync("vision", CatalogSeed.Provider("视觉科技"));
        await done.SubmitBidAsync(EntityId.Parse("vision"), new BidContent { Proposal = "机器视觉在线检测。", Price = 300, Schedule = "6 个月", Team = ["王工"] }, "op-1", Curator);
        await done.AdvanceAsync(ChallengeStatus.Closed, null, Curator);
        await done.AdvanceAsync(ChallengeStatus.Evaluating, null, Curator);
        await done.AwardAsync([EntityId.Parse("vision")], "第一名", Curator);
        await done.AdvanceAsync(ChallengeStatus.Delivering, null, Curator);
        await done.AdvanceAsync(ChallengeStatus.Accepted, "验收通过", Curator);

        Assert.Equal([["已发榜", "2"], ["收到揭榜方案", "1"], ["已确定揭榜单位（挂帅）", "1"], ["通过验收", "1"], ["成果已发布为案例", "0"]], await FunnelAsync(portal));

        var result = fixture.Host.Grains.GetCase(seed.Key(ChallengeSnapshot.CaseIdOf(EntityId.Parse("done"), EntityId.Parse("vision")).Value));
        await result.EditAsync(CatalogSeed.Case("焊点在线检测成果"), (await result.GetAsync())!.Version, Curator);
        await result.PublishAsync(Curator);
        Assert.Equal("1", (await FunnelAsync(portal))[^1][1]);

        Assert.DoesNotContain((await portal.DataAsync(TestPortal.Enterprise, "statistics", All)).EnumerateArray(), t => t.GetProperty("key").GetString() == "challenge-funnel");
        Assert.Equal(ErrorCodes.Forbidden, (await portal.PostAsync(TestPortal.Enterprise, One, new { key = "challenge-funnel" })).FirstCode);
        Assert.Equal(ErrorCodes.NotFound, (await portal.PostAsync(TestPortal.Curator, One, new { key = "no-such-table" })).FirstCode);
    }

    [Fact]
    public async Task Workbook_HoldsTheTablesTheyMaySee_AndAnOrganisersTableIsRefusedToOthers()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await new CatalogSeed(fixture.Host.Grains, portal.Tenant).FactoryAsync("f", CatalogSeed.Factory("浙江示范工厂"));

        using var everything = await GetAsync(portal, null, "statistics.xlsx");
        using var funnel = await GetAsync(portal, TestPortal.Curator, "statistics.xlsx?table=challenge-funnel");
        using var refused = await GetAsync(portal, TestPortal.Enterprise, "statistics.xlsx?table=challenge-funnel");
        using var unknown = await GetAsync(portal, null, "statistics.xlsx?table=nothing");

        Assert.Equal(HttpStatusCode.OK, everything.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", everything.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", everything.Content.Headers.ContentDisposition!.FileNameStar);
        var byYear = XlsxTable.Read(await everything.Content.ReadAsStreamAsync(Cancel));
        Assert.Equal(["年份", "案例", "示范工厂", "先行区"], byYear.Header);
        Assert.Equal(["2024年", "0", "1", "0"], byYear.Rows.Single().Cells);
        Assert.Equal(["阶段", "榜单数"], XlsxTable.Read(await funnel.Content.ReadAsStreamAsync(Cancel)).Header);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static IEnumerable<string[]> Rows(JsonElement table) =>
        table.GetProperty("rows").EnumerateArray().Select(r => (string[])[r.GetProperty("label").GetString()!, .. r.GetProperty("values").EnumerateArray().Select(v => v.GetDecimal().ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))]);

    private static async Task<string[][]> FunnelAsync(CatalogPortal portal) =>
        [.. Rows((await portal.DataAsync(TestPortal.Curator, "statistics", One, new { key = "challenge-funnel" }))[0])];

    private async Task<HttpResponseMessage> GetAsync(CatalogPortal portal, string? login, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/t/{portal.Tenant}/{path}");
        if (login is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", portal.TokenOf(login));
        }

        return await fixture.GraphQL.Http.SendAsync(request, Cancel);
    }
}
