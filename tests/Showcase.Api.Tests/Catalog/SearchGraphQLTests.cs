using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Catalog.Search;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Api.Tests.Catalog;

public sealed class SearchGraphQLTests(HostFixture fixture)
{
    private const string Search = "query($q: String, $filter: SearchFilterInput) { search(query: $q, filter: $filter) { total hits { kind id title titleHtml snippetHtml score } facets { dimension values { value name count } } } }";

    [Fact]
    public async Task PublishedCase_IsFound_WithdrawnOne_IsGone()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var other = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Curator, "createCase", "mutation($input: CaseContentInput!) { createCase(id: \"weld\", input: $input) { id } }",
            new { input = CatalogInputs.Case("搜索") });

        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"weld\") { id } }");
        var found = await UntilAsync(portal, "焊装 质量", hits => hits.GetArrayLength() == 1);
        var hit = Assert.Single(found.GetProperty("hits").EnumerateArray());
        Assert.Equal(("case", "weld"), (hit.GetProperty("kind").GetString(), hit.GetProperty("id").GetString()));
        Assert.Contains("<mark>焊装</mark>", hit.GetProperty("titleHtml").GetString());
        var kinds = found.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("dimension").GetString() == "kind");
        Assert.Equal(("案例", 1), (kinds.GetProperty("values")[0].GetProperty("name").GetString(), kinds.GetProperty("values")[0].GetProperty("count").GetInt32()));
        Assert.Equal(0, (await other.DataAsync(null, "search", Search, new { q = "焊装" })).GetProperty("total").GetInt32());
        var suggestions = await portal.DataAsync(null, "searchSuggestions", "{ searchSuggestions(prefix: \"焊装车\") { id title } }");
        Assert.Equal("weld", Assert.Single(suggestions.EnumerateArray()).GetProperty("id").GetString());

        await portal.DataAsync(TestPortal.Curator, "withdrawCase", "mutation { withdrawCase(id: \"weld\", reason: \"数据有误\") { id } }");
        Assert.Empty((await UntilAsync(portal, "焊装 质量", hits => hits.GetArrayLength() == 0)).GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task PublishedScenario_IsFoundAsAScenario_UnpublishedOne_Leaves()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var input = new
        {
            title = "涂装车间漆膜缺陷智能识别",
            summary = "在涂装线出口部署相机，识别流挂、缩孔等漆膜缺陷。",
            stages = new[] { "production" },
            industry = "automotive",
            domain = "quality",
            technologies = new[] { "ai" },
            needAnswered = "人工检查漏检多。",
            benefits = "返修率下降。",
        };
        var id = (await portal.DataAsync(TestPortal.Curator, "createScenario", "mutation($input: ScenarioContentInput!) { createScenario(input: $input) { id } }", new { input }))
            .GetProperty("id").GetString();

        await portal.DataAsync(TestPortal.Curator, "publishScenario", "mutation($id: ID!) { publishScenario(id: $id) { id } }", new { id });
        var found = await UntilAsync(portal, "漆膜缺陷", hits => hits.GetArrayLength() == 1);
        await portal.DataAsync(TestPortal.Curator, "unpublishScenario", "mutation($id: ID!) { unpublishScenario(id: $id) { id } }", new { id });
        var gone = await UntilAsync(portal, "漆膜缺陷", hits => hits.GetArrayLength() == 0);

        var hit = found.GetProperty("hits")[0];
        Assert.Equal(("scenario", id), (hit.GetProperty("kind").GetString(), hit.GetProperty("id").GetString()));
        var kinds = found.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("dimension").GetString() == "kind");
        Assert.Equal("场景", kinds.GetProperty("values")[0].GetProperty("name").GetString());
        Assert.Equal(0, gone.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task OpenChallenge_IsFoundAsAChallenge_CancelledOne_Leaves()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Curator, "createChallenge", "mutation($input: ChallengeContentInput!) { createChallenge(id: \"paint\", input: $input) { id } }",
            new { input = new { title = "涂装线漆膜厚度在线检测", goals = "漆膜厚度全检。", indicators = new[] { new { name = "检出率", target = "≥ 99%" } }, bidsDue = DateTimeOffset.UtcNow.AddDays(10), industry = "automotive" } });
        var draftFound = (await portal.DataAsync(null, "search", Search, new { q = "漆膜厚度" })).GetProperty("total").GetInt32();

        await portal.DataAsync(TestPortal.Curator, "openChallenge", "mutation { openChallenge(id: \"paint\") { id } }");
        var found = await UntilAsync(portal, "漆膜厚度", hits => hits.GetArrayLength() == 1);
        await portal.DataAsync(TestPortal.Curator, "advanceChallenge", "mutation { advanceChallenge(id: \"paint\", to: CANCELLED, note: \"需求变更\") { id } }");
        var gone = await UntilAsync(portal, "漆膜厚度", hits => hits.GetArrayLength() == 0);

        Assert.Equal(0, draftFound);
        Assert.Equal(("challenge", "paint"), (found.GetProperty("hits")[0].GetProperty("kind").GetString(), found.GetProperty("hits")[0].GetProperty("id").GetString()));
        var kinds = found.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("dimension").GetString() == "kind");
        Assert.Equal("榜单", kinds.GetProperty("values")[0].GetProperty("name").GetString());
        Assert.Equal(0, gone.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_BySynonymAndFacetFilter_FindsOnlyWhatMatches()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        foreach (var (id, industry, domain) in new[] { ("car", "automotive", "quality"), ("steel", "ferrous-metals", "quality") })
        {
            await portal.DataAsync(TestPortal.Curator, "createCase", "mutation($id: ID!, $input: CaseContentInput!) { createCase(id: $id, input: $input) { id } }",
                new { id, input = CatalogInputs.Case(id, industry, domain) });
            await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation($id: ID!) { publishCase(id: $id) { id } }", new { id });
        }

        await UntilAsync(portal, "缺陷检测", hits => hits.GetArrayLength() == 2);
        var steel = await portal.DataAsync(null, "search", Search, new { q = "缺陷检测", filter = new { industries = new[] { "ferrous-metals" } } });

        Assert.Equal("steel", Assert.Single(steel.GetProperty("hits").EnumerateArray()).GetProperty("id").GetString());
        var industries = steel.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("dimension").GetString() == "industry");
        Assert.Equal(2, industries.GetProperty("values").GetArrayLength());
    }

    [Fact]
    public async Task RebuildSearchIndex_PlatformAdmin_RestoresWhatTheIndexLost_WithProgress_OthersAreRefused()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Curator, "createCase", "mutation($input: CaseContentInput!) { createCase(id: \"weld\", input: $input) { id } }",
            new { input = CatalogInputs.Case("重建") });
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"weld\") { id } }");
        await UntilAsync(portal, "焊装 质量", hits => hits.GetArrayLength() == 1);
        // The index loses the case (a damaged or emptied index); only a rebuild from the catalog brings it back.
        await fixture.Host.Services.GetRequiredService<ISearchIndex>().RemoveAsync(portal.Tenant.Value, "case", "weld", long.MaxValue, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await portal.DataAsync(null, "search", Search, new { q = "焊装 质量" })).GetProperty("total").GetInt32());
        var admin = fixture.GraphQL.As(await fixture.Host.PlatformAdminTokenAsync());

        var byTenantAdmin = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin)).PostAsync(portal.Tenant, "mutation { rebuildSearchIndex { state } }");
        var started = (await admin.PostAsync(TenantId.Platform, "mutation { rebuildSearchIndex { state startedAt } }")).EnsureNoErrors().Data.GetProperty("rebuildSearchIndex");
        JsonElement progress;
        do
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            progress = (await admin.PostAsync(TenantId.Platform, "{ searchRebuild { state done total percent finishedAt error } }")).EnsureNoErrors().Data.GetProperty("searchRebuild");
        }
        while (progress.GetProperty("state").GetString() == "RUNNING");

        Assert.Equal("FORBIDDEN", byTenantAdmin.FirstCode);
        Assert.Equal("RUNNING", started.GetProperty("state").GetString());
        Assert.Equal("COMPLETED", progress.GetProperty("state").GetString());
        Assert.Equal(100, progress.GetProperty("percent").GetInt32());
        Assert.True(progress.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(1, (await portal.DataAsync(null, "search", Search, new { q = "焊装 质量" })).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SetSearchSynonyms_Curator_WidensTheNextSearchOfThisPortalOnly_BadGroupsChangeNothing()
    {
        const string Set = "mutation($groups: [[String!]!]!, $v: Int!) { setSearchSynonyms(groups: $groups, expectedVersion: $v) { groups version } }";
        var portal = await CatalogPortal.CreateAsync(fixture);
        var other = await CatalogPortal.CreateAsync(fixture);
        foreach (var p in new[] { portal, other })
        {
            await p.DataAsync(TestPortal.Curator, "createCase", "mutation($input: CaseContentInput!) { createCase(id: \"weld\", input: $input) { id } }", new { input = CatalogInputs.Case("同义") });
            await p.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"weld\") { id } }");
            await UntilAsync(p, "焊装车间", hits => hits.GetArrayLength() == 1);
        }

        var before = (await portal.DataAsync(null, "search", Search, new { q = "白车身车间" })).GetProperty("total").GetInt32();
        var byEnterprise = await portal.PostAsync(TestPortal.Enterprise, Set, new { groups = new[] { new[] { "焊装车间", "白车身车间" } }, v = 0 });
        var refused = await portal.PostAsync(TestPortal.Curator, Set, new { groups = new[] { new[] { "焊装车间", "白车身车间" }, new[] { "白车身车间", "车身车间" } }, v = 0 });
        var saved = await portal.DataAsync(TestPortal.Curator, "setSearchSynonyms", Set, new { groups = new[] { new[] { "焊装车间", "白车身车间" } }, v = 0 });
        var after = (await portal.DataAsync(null, "search", Search, new { q = "白车身车间" })).GetProperty("total").GetInt32();
        var elsewhere = (await other.DataAsync(null, "search", Search, new { q = "白车身车间" })).GetProperty("total").GetInt32();

        Assert.Equal(0, before);
        Assert.Equal("FORBIDDEN", byEnterprise.FirstCode);
        Assert.Equal(("INVALID_VALUE", "groups[1]"), (refused.FirstCode, refused.Errors[0].Field));
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal(1, after);
        Assert.Equal(0, elsewhere);
    }

    [Fact]
    public async Task Search_ForAWordOneCharacterOff_SuggestsTheWordThisPortalHolds()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var other = await CatalogPortal.CreateAsync(fixture);
        await PublishedWeldCaseAsync(portal, "纠错");
        const string suggesting = "query($q: String) { search(query: $q) { total suggestion } }";

        var slip = await portal.DataAsync(null, "search", suggesting, new { q = "在线检侧" });
        var found = await portal.DataAsync(null, "search", suggesting, new { q = "焊装车间" });
        var elsewhere = await other.DataAsync(null, "search", suggesting, new { q = "在线检侧" });

        Assert.Equal((0, "在线检测"), (slip.GetProperty("total").GetInt32(), slip.GetProperty("suggestion").GetString()));
        Assert.Equal(JsonValueKind.Null, found.GetProperty("suggestion").ValueKind);
        Assert.Equal(JsonValueKind.Null, elsewhere.GetProperty("suggestion").ValueKind);
    }

    [Theory]
    [InlineData("{ search { hits { id score } } }")]
    [InlineData("{ search(filter: { kinds: [\"case\"] }) { hits { id score } } }")]
    [InlineData("{ search(query: \"焊装\", sort: NEWEST) { hits { id score } } }")]
    public async Task SearchNotRankedByRelevance_HasNullScores(string query)
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var ranked = await PublishedWeldCaseAsync(portal, "评分");

        var unranked = await portal.DataAsync(null, "search", query);

        Assert.True(ranked.GetProperty("hits")[0].GetProperty("score").GetDouble() > 0);
        var hit = Assert.Single(unranked.GetProperty("hits").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("score").ValueKind);
    }

    /// <summary>Publishes the case <c>weld</c> (its words marked with <paramref name="mark"/>) and waits until 焊装 finds it.</summary>
    private static async Task<JsonElement> PublishedWeldCaseAsync(CatalogPortal portal, string mark)
    {
        await portal.DataAsync(TestPortal.Curator, "createCase", "mutation($input: CaseContentInput!) { createCase(id: \"weld\", input: $input) { id } }",
            new { input = CatalogInputs.Case(mark) });
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"weld\") { id } }");
        return await UntilAsync(portal, "焊装", hits => hits.GetArrayLength() == 1);
    }

    /// <summary>The search's answer once its hits satisfy <paramref name="done"/>, or the last one after a minute.</summary>
    private static Task<JsonElement> UntilAsync(CatalogPortal portal, string query, Func<JsonElement, bool> done) =>
        Eventually.ReadAsync(() => portal.DataAsync(null, "search", Search, new { q = query }), result => done(result.GetProperty("hits")), TestContext.Current.CancellationToken);
}
