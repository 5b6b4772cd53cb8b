using System.Text.Json;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Api.Tests.Scenarios;

public sealed class ScenarioGraphQLTests(HostFixture fixture)
{
    private const string ScenarioFields = "id title summary status version industry { code name } domain { code name } stages { code name } technologies { code } needAnswered benefits publishedAt";

    private static readonly object CompleteInput = new
    {
        title = "基于机器视觉的焊缝质量在线检测",
        summary = "在焊装车间部署工业相机与边缘计算节点，实时判定焊缝缺陷。",
        stages = new[] { "production" },
        industry = "automotive",
        domain = "quality",
        technologies = new[] { "5g", "ai" },
        needAnswered = "人工目检效率低。",
        benefits = "漏检率由 3% 降至 0.5%。",
    };

    // Each test works in a portal of its own, as its curator.
    private GraphQLClient GraphQL { get; set; } = fixture.GraphQL;

    [Fact]
    public async Task CreateScenario_CompleteInput_ReturnsDraftWithChineseNames()
    {
        var tenant = await NewPortalAsync();

        var scenario = await CreateAsync(tenant, CompleteInput);

        Assert.Equal("DRAFT", scenario.GetProperty("status").GetString());
        Assert.Equal(1, scenario.GetProperty("version").GetInt32());
        Assert.Equal("汽车", scenario.GetProperty("industry").GetProperty("name").GetString());
        Assert.Equal("质量管控", scenario.GetProperty("domain").GetProperty("name").GetString());
        Assert.Equal("生产", scenario.GetProperty("stages")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, scenario.GetProperty("publishedAt").ValueKind);
    }

    [Fact]
    public async Task CreateScenario_UnknownIndustry_ReturnsCodeAndFieldAndStoresNothing()
    {
        var tenant = await NewPortalAsync();

        var response = await GraphQL.PostAsync(tenant,
            "mutation($input: ScenarioContentInput!) { createScenario(input: $input) { id } }",
            new { input = new { title = "场景", industry = "steel-making" } });

        var error = Assert.Single(response.Errors);
        Assert.Equal("UNKNOWN_REFERENCE_CODE", error.Code);
        Assert.Equal("industry", error.Field);
        Assert.Contains("steel-making", error.Message);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("createScenario").ValueKind);
        Assert.Equal(0, await CountAsync(tenant));
    }

    [Fact]
    public async Task PublishScenario_DraftWithoutIndustryDomainOrStages_IsRefusedWithEveryMissingFieldAndStaysDraft()
    {
        var tenant = await NewPortalAsync();
        var id = (await CreateAsync(tenant, new { title = "只有名称的草稿", summary = "概述" })).GetProperty("id").GetString();

        var response = await GraphQL.PostAsync(tenant, "mutation($id: ID!) { publishScenario(id: $id) { id } }", new { id });

        Assert.Equal(["domain", "industry", "stages"], response.Errors.Select(e => e.Field!).Order());
        Assert.All(response.Errors, e => Assert.Equal("REQUIRED", e.Code));
        Assert.Contains(response.Errors, e => e.Message == "发布前请选择所属行业。");
        var stored = await GetAsync(tenant, id!);
        Assert.Equal("DRAFT", stored.GetProperty("status").GetString());
        Assert.Equal(1, stored.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Lifecycle_EditPublishUnpublish_VersionsAndStatusFollow()
    {
        var tenant = await NewPortalAsync();
        var id = (await CreateAsync(tenant, new { title = "初稿" })).GetProperty("id").GetString()!;

        var edited = await MutateAsync(tenant, "editScenario",
            $"mutation($id: ID!, $input: ScenarioContentInput!) {{ editScenario(id: $id, expectedVersion: 1, input: $input) {{ {ScenarioFields} }} }}",
            new { id, input = CompleteInput });
        var published = await MutateAsync(tenant, "publishScenario", $"mutation($id: ID!) {{ publishScenario(id: $id) {{ {ScenarioFields} }} }}", new { id });
        var publishedAgain = await MutateAsync(tenant, "publishScenario", $"mutation($id: ID!) {{ publishScenario(id: $id) {{ {ScenarioFields} }} }}", new { id });
        var unpublished = await MutateAsync(tenant, "unpublishScenario", $"mutation($id: ID!) {{ unpublishScenario(id: $id) {{ {ScenarioFields} }} }}", new { id });

        Assert.Equal(2, edited.GetProperty("version").GetInt32());
        Assert.Equal("基于机器视觉的焊缝质量在线检测", edited.GetProperty("title").GetString());
        Assert.Equal("PUBLISHED", published.GetProperty("status").GetString());
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, published.GetProperty("publishedAt").ValueKind);
        Assert.Equal(3, publishedAgain.GetProperty("version").GetInt32());
        Assert.Equal("UNPUBLISHED", unpublished.GetProperty("status").GetString());
        Assert.Equal(4, unpublished.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task EditScenario_StaleVersion_ReturnsVersionConflictAndKeepsContent()
    {
        var tenant = await NewPortalAsync();
        var id = (await CreateAsync(tenant, new { title = "原标题" })).GetProperty("id").GetString()!;
        const string edit = "mutation($id: ID!, $v: Int!, $input: ScenarioContentInput!) { editScenario(id: $id, expectedVersion: $v, input: $input) { version } }";
        (await GraphQL.PostAsync(tenant, edit, new { id, v = 1, input = new { title = "第一次修改" } })).EnsureNoErrors();

        var stale = await GraphQL.PostAsync(tenant, edit, new { id, v = 1, input = new { title = "基于旧版本的修改" } });

        Assert.Equal("VERSION_CONFLICT", Assert.Single(stale.Errors).Code);
        Assert.Equal("第一次修改", (await GetAsync(tenant, id)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task CreateScenario_RetriedWithSameId_CreatesOnce()
    {
        var tenant = await NewPortalAsync();
        const string create = "mutation($input: ScenarioContentInput!) { createScenario(id: \"weld-inspection\", input: $input) { id version } }";

        var first = (await GraphQL.PostAsync(tenant, create, new { input = CompleteInput })).EnsureNoErrors();
        var retry = (await GraphQL.PostAsync(tenant, create, new { input = CompleteInput })).EnsureNoErrors();
        var other = await GraphQL.PostAsync(tenant, create, new { input = new { title = "另一个场景" } });

        Assert.Equal(1, first.Data.GetProperty("createScenario").GetProperty("version").GetInt32());
        Assert.Equal(1, retry.Data.GetProperty("createScenario").GetProperty("version").GetInt32());
        Assert.Equal("ALREADY_EXISTS", Assert.Single(other.Errors).Code);
        Assert.Equal(1, await CountAsync(tenant));
    }

    [Fact]
    public async Task Scenarios_StatusFilterAndPaging_ReturnMatchingPageAndTotal()
    {
        var tenant = await NewPortalAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await CreateAsync(tenant, CompleteInput)).GetProperty("id").GetString()!);
        }

        await MutateAsync(tenant, "publishScenario", "mutation($id: ID!) { publishScenario(id: $id) { id } }", new { id = ids[0] });
        await MutateAsync(tenant, "publishScenario", "mutation($id: ID!) { publishScenario(id: $id) { id } }", new { id = ids[2] });

        var firstPage = (await GraphQL.PostAsync(tenant,
            "{ scenarios(status: PUBLISHED, take: 1) { totalCount hasNextPage items { id status } } }")).EnsureNoErrors().Data.GetProperty("scenarios");
        var secondPage = (await GraphQL.PostAsync(tenant,
            "{ scenarios(status: PUBLISHED, skip: 1, take: 1) { totalCount hasNextPage items { id } } }")).EnsureNoErrors().Data.GetProperty("scenarios");
        var drafts = (await GraphQL.PostAsync(tenant, "{ scenarios(status: DRAFT) { totalCount items { id } } }")).EnsureNoErrors().Data.GetProperty("scenarios");

        Assert.Equal(2, firstPage.GetProperty("totalCount").GetInt32());
        Assert.True(firstPage.GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(ids[2], firstPage.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(ids[0], secondPage.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.False(secondPage.GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(ids[1], Assert.Single(drafts.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Scenarios_TakeAboveLimit_IsRefusedWithInvalidPaging()
    {
        var tenant = await NewPortalAsync();

        var response = await GraphQL.PostAsync(tenant, "{ scenarios(take: 500) { totalCount } }");

        Assert.Equal("INVALID_PAGING", Assert.Single(response.Errors).Code);
    }

    [Fact]
    public async Task Taxonomies_ListTheReferenceLists()
    {
        var tenant = await NewPortalAsync();

        var response = (await GraphQL.PostAsync(tenant,
            "{ taxonomy(key: \"industry\") { name version terms { code name } } taxonomies { key } program: taxonomy(key: \"program\") { terms(parent: \"fusion-2020-c3\") { code name parent } } }")).EnsureNoErrors();

        Assert.Equal(22, response.Data.GetProperty("taxonomy").GetProperty("terms").GetArrayLength());
        Assert.Equal("2020.1", response.Data.GetProperty("taxonomy").GetProperty("version").GetString());
        Assert.Equal(["applicant-kind", "city", "domain", "fusion-stage", "industry", "level", "program", "province", "recommender-kind", "scene", "sector", "solution-kind", "stage", "technology"],
            response.Data.GetProperty("taxonomies").EnumerateArray().Select(t => t.GetProperty("key").GetString()!));
        Assert.Equal(["fusion-2020-d06", "fusion-2020-d07", "fusion-2020-d08"],
            response.Data.GetProperty("program").GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("code").GetString()!));
    }

    private async Task<TenantId> NewPortalAsync()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        GraphQL = fixture.GraphQL.As(portal.TokenOf(TestPortal.Curator));
        return portal.Tenant;
    }

    private async Task<JsonElement> CreateAsync(TenantId tenant, object input) =>
        await MutateAsync(tenant, "createScenario",
            $"mutation($input: ScenarioContentInput!) {{ createScenario(input: $input) {{ {ScenarioFields} }} }}", new { input });

    private async Task<JsonElement> MutateAsync(TenantId tenant, string field, string mutation, object variables) =>
        (await GraphQL.PostAsync(tenant, mutation, variables)).EnsureNoErrors().Data.GetProperty(field);

    private async Task<JsonElement> GetAsync(TenantId tenant, string id) =>
        (await GraphQL.PostAsync(tenant, $"query($id: ID!) {{ scenario(id: $id) {{ {ScenarioFields} }} }}", new { id }))
            .EnsureNoErrors().Data.GetProperty("scenario");

    private async Task<int> CountAsync(TenantId tenant) =>
        (await GraphQL.PostAsync(tenant, "{ scenarios { totalCount } }")).EnsureNoErrors()
            .Data.GetProperty("scenarios").GetProperty("totalCount").GetInt32();
}
