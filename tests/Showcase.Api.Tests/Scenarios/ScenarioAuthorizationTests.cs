using System.Text.Json;
using Showcase.Testing;

namespace Showcase.Api.Tests.Scenarios;

/// <summary>Who may see and do what with scenarios, object by object.</summary>
public sealed class ScenarioAuthorizationTests(HostFixture fixture)
{
    private const string Create = "mutation($input: ScenarioContentInput!) { createScenario(input: $input) { id } }";
    private const string Get = "query($id: ID!) { scenario(id: $id) { title status } }";

    [Fact]
    public async Task Draft_IsVisibleToItsOrganisationAndCurators_NotToRivalsAnonymousOrReviewers()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var id = await CreateAsync(portal, TestPortal.Enterprise, "企业的草稿");

        var seenBy = new Dictionary<string, bool>();
        foreach (var login in new[] { TestPortal.Enterprise, TestPortal.Curator, TestPortal.Admin, TestPortal.RivalEnterprise, TestPortal.Provider, TestPortal.Reviewer })
        {
            seenBy[login] = await SeesAsync(portal.TokenOf(login), portal, id);
        }

        seenBy["anonymous"] = await SeesAsync(null, portal, id);

        Assert.Equal(
            new Dictionary<string, bool>
            {
                [TestPortal.Enterprise] = true, [TestPortal.Curator] = true, [TestPortal.Admin] = true,
                [TestPortal.RivalEnterprise] = false, [TestPortal.Provider] = false, [TestPortal.Reviewer] = false, ["anonymous"] = false,
            },
            seenBy);
    }

    [Fact]
    public async Task Mutations_DeniedWithStableCodes_AndNothingChanges()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var id = await CreateAsync(portal, TestPortal.Enterprise, "企业的草稿");
        const string publish = "mutation($id: ID!) { publishScenario(id: $id) { id } }";
        const string edit = "mutation($id: ID!) { editScenario(id: $id, expectedVersion: 1, input: { title: \"被改了\" }) { id } }";

        var anonymousCreate = await fixture.GraphQL.PostAsync(portal.Tenant, Create, new { input = new { title = "匿名" } });
        var reviewerCreate = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Reviewer)).PostAsync(portal.Tenant, Create, new { input = new { title = "专家" } });
        var ownerPublish = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Enterprise)).PostAsync(portal.Tenant, publish, new { id });
        var rivalEdit = await fixture.GraphQL.As(portal.TokenOf(TestPortal.RivalEnterprise)).PostAsync(portal.Tenant, edit, new { id });

        Assert.Equal("UNAUTHENTICATED", anonymousCreate.FirstCode);
        Assert.Equal("FORBIDDEN", reviewerCreate.FirstCode);
        Assert.Equal("FORBIDDEN", ownerPublish.FirstCode);
        Assert.Equal("NOT_FOUND", rivalEdit.FirstCode);
        var stored = (await fixture.GraphQL.As(portal.TokenOf(TestPortal.Curator)).PostAsync(portal.Tenant, Get, new { id })).EnsureNoErrors();
        Assert.Equal("企业的草稿", stored.Data.GetProperty("scenario").GetProperty("title").GetString());
        Assert.Equal("DRAFT", stored.Data.GetProperty("scenario").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Listing_CountsOnlyWhatTheCallerMaySee()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        await CreateAsync(portal, TestPortal.Enterprise, "企业草稿");
        await CreateAsync(portal, TestPortal.RivalEnterprise, "对手草稿");

        Assert.Equal(2, await CountAsync(portal, TestPortal.Curator));
        Assert.Equal(1, await CountAsync(portal, TestPortal.Enterprise));
        Assert.Equal(0, await CountAsync(portal, TestPortal.Reviewer));
        Assert.Equal(0, await CountAsync(portal, null));
    }

    [Fact]
    public async Task AuditTrail_RecordsWhoDidWhat_ForTenantAdminsOnly()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var id = await CreateAsync(portal, TestPortal.Enterprise, "企业的草稿");
        (await fixture.GraphQL.As(portal.TokenOf(TestPortal.Enterprise)).PostAsync(portal.Tenant,
            "mutation($id: ID!) { editScenario(id: $id, expectedVersion: 1, input: { title: \"改过的草稿\", summary: \"补充概述\" }) { id } }", new { id })).EnsureNoErrors();
        const string trail = "query($id: ID!) { auditTrail(entity: SCENARIO, id: $id) { action detail actorId actorName } }";

        var entries = (await fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin)).PostAsync(portal.Tenant, trail, new { id })).EnsureNoErrors().Data.GetProperty("auditTrail");
        var byOwner = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Enterprise)).PostAsync(portal.Tenant, trail, new { id });

        Assert.Equal(["创建草稿", "编辑"], entries.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("修改了场景名称、场景概述", entries[1].GetProperty("detail").GetString());
        Assert.Equal($"{portal.Tenant}/{TestPortal.Enterprise}", entries[1].GetProperty("actorId").GetString());
        Assert.Equal("FORBIDDEN", byOwner.FirstCode);
    }

    private async Task<string> CreateAsync(TestPortal portal, string login, string title) =>
        (await fixture.GraphQL.As(portal.TokenOf(login)).PostAsync(portal.Tenant, Create, new { input = new { title } }))
            .EnsureNoErrors().Data.GetProperty("createScenario").GetProperty("id").GetString()!;

    private async Task<bool> SeesAsync(string? token, TestPortal portal, string id) =>
        (await fixture.GraphQL.As(token).PostAsync(portal.Tenant, Get, new { id })).EnsureNoErrors()
            .Data.GetProperty("scenario").ValueKind != JsonValueKind.Null;

    private async Task<int> CountAsync(TestPortal portal, string? login) =>
        (await fixture.GraphQL.As(login is null ? null : portal.TokenOf(login)).PostAsync(portal.Tenant, "{ scenarios { totalCount } }"))
            .EnsureNoErrors().Data.GetProperty("scenarios").GetProperty("totalCount").GetInt32();
}
