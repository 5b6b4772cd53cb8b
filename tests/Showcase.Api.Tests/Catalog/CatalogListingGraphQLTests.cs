using System.Text.Json;
using Showcase.Testing;

namespace Showcase.Api.Tests.Catalog;

public sealed class CatalogListingGraphQLTests(HostFixture fixture)
{
    private const string Page = "query($filter: CatalogFilterInput, $sort: CatalogSort!, $first: Int!, $after: String) { cases(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount endCursor hasNextPage items { id title status statusLabel industries { code } province { name } } } }";

    [Fact]
    public async Task Cases_PagedByCursorSortedByTitle_ReturnEveryVisibleCaseOnceInOrder()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var titles = new[] { "戊", "甲", "丁", "乙", "丙" };
        for (var i = 0; i < titles.Length; i++)
        {
            await PublishAsync(portal, $"c{i}", titles[i], "automotive");
        }

        await portal.DataAsync(TestPortal.RivalEnterprise, "createCase", "mutation { createCase(id: \"hidden\", input: { title: \"未公开\" }) { id } }");

        var seen = new List<string>();
        string? after = null;
        int pages = 0;
        do
        {
            var page = await portal.DataAsync(TestPortal.Enterprise, "cases", Page, new { sort = "TITLE", first = 2, after });
            Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("title").GetString()!));
            after = page.GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(titles.Select(t => $"{t}焊装车间质量在线检测").Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Cases_FilteredByIndustryAndStatus_CountOnlyMatches()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await PublishAsync(portal, "car", "汽车", "automotive");
        await PublishAsync(portal, "food", "食品", "food");
        await portal.DataAsync(TestPortal.Curator, "createCase", "mutation { createCase(id: \"draft\", input: { title: \"草稿\", industries: [\"automotive\"] }) { id } }");

        var cars = await portal.DataAsync(null, "cases", Page, new { filter = new { industries = new[] { "automotive" } }, sort = "NEWEST", first = 20 });
        var curatorDrafts = await portal.DataAsync(TestPortal.Curator, "cases", Page, new { filter = new { statuses = new[] { "draft" } }, sort = "NEWEST", first = 20 });
        var anonymousDrafts = await portal.DataAsync(null, "cases", Page, new { filter = new { statuses = new[] { "draft" } }, sort = "NEWEST", first = 20 });

        Assert.Equal(["car"], cars.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal("江苏省", cars.GetProperty("items")[0].GetProperty("province").GetProperty("name").GetString());
        Assert.Equal(1, curatorDrafts.GetProperty("totalCount").GetInt32());
        Assert.Equal("草稿", curatorDrafts.GetProperty("items")[0].GetProperty("statusLabel").GetString());
        Assert.Equal(0, anonymousDrafts.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Cases_ForgedCursorOrEmptyPage_IsRefusedWithInvalidPaging()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);

        var forged = await portal.PostAsync(null, Page, new { sort = "NEWEST", first = 10, after = "not-a-cursor" });
        var empty = await portal.PostAsync(null, Page, new { sort = "NEWEST", first = 0 });

        Assert.Equal("INVALID_PAGING", forged.FirstCode);
        Assert.Equal("INVALID_PAGING", empty.FirstCode);
        Assert.Equal(JsonValueKind.Null, forged.Data.GetProperty("cases").ValueKind);
    }

    [Fact]
    public async Task CatalogMap_CountsVisibleFactoriesAndApprovedZonesByProvince()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        const string declare = "mutation($id: ID!, $input: FactoryProfileInput!) { declareFactory(id: $id, input: $input) { id } }";
        await portal.DataAsync(TestPortal.Enterprise, "declareFactory", declare, new { id = "selected", input = CatalogInputs.Factory("甲") });
        await portal.DataAsync(TestPortal.Enterprise, "declareFactory", declare, new { id = "declared", input = CatalogInputs.Factory("乙") });
        await portal.DataAsync(TestPortal.Curator, "advanceFactoryTitle", "mutation { advanceFactoryTitle(id: \"selected\", decision: { action: SELECT, note: \"入选\" }) { id } }");
        await portal.DataAsync(TestPortal.Curator, "proposePilotZone", "mutation($input: PilotZoneProfileInput!) { proposePilotZone(id: \"zone\", input: $input) { id } }",
            new { input = CatalogInputs.PilotZone("甲") });
        await portal.DataAsync(TestPortal.Curator, "advancePilotZoneTitle", "mutation { advancePilotZoneTitle(id: \"zone\", decision: { action: SELECT, note: \"论证\" }) { id } }");
        await portal.DataAsync(TestPortal.Curator, "advancePilotZoneTitle", "mutation { advancePilotZoneTitle(id: \"zone\", decision: { action: RECOGNISE, note: \"批复\" }) { id } }");

        var map = await portal.DataAsync(null, "catalogMap", "{ catalogMap { province { code name } factories pilotZones total } }");

        Assert.Equal(31, map.GetArrayLength());
        var zhejiang = map.EnumerateArray().Single(p => p.GetProperty("province").GetProperty("code").GetString() == "33");
        var jiangsu = map.EnumerateArray().Single(p => p.GetProperty("province").GetProperty("code").GetString() == "32");
        Assert.Equal((1, 0), (zhejiang.GetProperty("factories").GetInt32(), zhejiang.GetProperty("pilotZones").GetInt32()));
        Assert.Equal((0, 1), (jiangsu.GetProperty("factories").GetInt32(), jiangsu.GetProperty("pilotZones").GetInt32()));
        Assert.Equal(2, map.EnumerateArray().Sum(p => p.GetProperty("total").GetInt32()));
    }

    private static async Task PublishAsync(CatalogPortal portal, string id, string mark, string industry)
    {
        await portal.DataAsync(TestPortal.Curator, "createCase", "mutation($id: ID!, $input: CaseContentInput!) { createCase(id: $id, input: $input) { id } }",
            new { id, input = CatalogInputs.Case(mark, industry) });
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation($id: ID!) { publishCase(id: $id) { id } }", new { id });
    }
}
