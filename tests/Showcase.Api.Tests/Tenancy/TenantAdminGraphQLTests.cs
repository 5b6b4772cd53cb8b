using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Api.Tests.Tenancy;

public sealed class TenantAdminGraphQLTests(HostFixture fixture)
{
    private const string Create = "mutation($id: ID!, $input: TenantProfileInput!) { createTenant(id: $id, input: $input) { id name defaultLocale features { enterpriseTasks } hostNames } }";

    [Fact]
    public async Task CreateTenant_PlatformAdmin_CreatesAPortalThatServesRequests_OthersAreRefused()
    {
        var admin = fixture.GraphQL.As(await fixture.Host.PlatformAdminTokenAsync());
        var portal = await fixture.Host.CreatePortalAsync();
        var id = "p-" + Guid.NewGuid().ToString("N")[..10];
        var input = new { name = "江苏省智能制造联盟", description = "联盟门户", defaultLocale = "zh-CN", enterpriseTasks = false, hostNames = new[] { $"{id}.example.cn" } };

        var byTenantAdmin = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin)).PostAsync(portal.Tenant, Create, new { id, input });
        var created = (await admin.PostAsync(TenantId.Platform, Create, new { id, input })).EnsureNoErrors().Data.GetProperty("createTenant");
        var retried = await admin.PostAsync(TenantId.Platform, Create, new { id, input });
        var reserved = await admin.PostAsync(TenantId.Platform, Create, new { id = "platform", input });
        var served = (await fixture.GraphQL.PostAsync(TenantId.Parse(id), "{ tenant { name features { enterpriseTasks } } }")).EnsureNoErrors();

        Assert.Equal("FORBIDDEN", byTenantAdmin.FirstCode);
        Assert.False(created.GetProperty("features").GetProperty("enterpriseTasks").GetBoolean());
        retried.EnsureNoErrors();
        Assert.Equal("ALREADY_EXISTS", reserved.FirstCode);
        Assert.Equal("江苏省智能制造联盟", served.Data.GetProperty("tenant").GetProperty("name").GetString());

        // The bound host name leads straight to the portal, without /t/{id}/.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString("{ tenant { id } }")}");
        request.Headers.Host = $"{id}.example.cn";
        using var byHost = await fixture.GraphQL.Http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Contains($"\"id\":\"{id}\"", await byHost.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CreateTenant_InvalidProfile_ListsEveryProblem()
    {
        var admin = fixture.GraphQL.As(await fixture.Host.PlatformAdminTokenAsync());

        var response = await admin.PostAsync(TenantId.Platform, Create, new
        {
            id = "p-" + Guid.NewGuid().ToString("N")[..10],
            input = new { name = "", defaultLocale = "fr", hostNames = new[] { "not a host" } },
        });

        Assert.Equal(["name", "defaultLocale", "hostNames"], response.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task ConfigureTenant_ByItsAdmin_IsAuditedWithWhoAndWhat()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var admin = fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin));

        var byCurator = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Curator)).PostAsync(portal.Tenant,
            "mutation { configureTenant(input: { name: \"策展人改名\" }) { name } }");
        (await admin.PostAsync(portal.Tenant, "mutation { configureTenant(input: { name: \"改名后的门户\", description: \"新简介\" }) { name } }")).EnsureNoErrors();
        var trail = (await admin.PostAsync(portal.Tenant, "query($id: ID!) { auditTrail(entity: TENANT, id: $id) { action detail actorId actorName } }", new { id = portal.Tenant.Value }))
            .EnsureNoErrors().Data.GetProperty("auditTrail");
        var curatorTrail = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Curator)).PostAsync(portal.Tenant,
            "query($id: ID!) { auditTrail(entity: TENANT, id: $id) { action } }", new { id = portal.Tenant.Value });

        Assert.Equal("FORBIDDEN", byCurator.FirstCode);
        var last = trail[trail.GetArrayLength() - 1];
        Assert.Equal("修改门户设置", last.GetProperty("action").GetString());
        Assert.Equal($"{portal.Tenant}/{TestPortal.Admin}", last.GetProperty("actorId").GetString());
        Assert.Equal("FORBIDDEN", curatorTrail.FirstCode);
    }

    [Fact]
    public async Task DeletingATenant_IsScheduledWithItsIdTyped_RefusedBeforeTheGracePeriodEnds_AndCancelled()
    {
        var admin = fixture.GraphQL.As(await fixture.Host.PlatformAdminTokenAsync());
        var portal = await fixture.Host.CreatePortalAsync();
        var id = portal.Tenant.Value;
        const string Schedule = "mutation($id: ID!, $confirm: String!) { scheduleTenantDeletion(id: $id, confirm: $confirm) { id deletionDue } }";
        const string Delete = "mutation($id: ID!, $confirm: String!) { deleteTenant(id: $id, confirm: $confirm) }";

        var byTenantAdmin = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin)).PostAsync(portal.Tenant, Schedule, new { id, confirm = id });
        var mistyped = await admin.PostAsync(TenantId.Platform, Schedule, new { id, confirm = id + "x" });
        var scheduled = (await admin.PostAsync(TenantId.Platform, Schedule, new { id, confirm = id })).EnsureNoErrors().Data.GetProperty("scheduleTenantDeletion");
        var early = await admin.PostAsync(TenantId.Platform, Delete, new { id, confirm = id });
        var cancelled = (await admin.PostAsync(TenantId.Platform, "mutation($id: ID!) { cancelTenantDeletion(id: $id) { deletionDue } }", new { id }))
            .EnsureNoErrors().Data.GetProperty("cancelTenantDeletion");
        var served = await fixture.GraphQL.PostAsync(portal.Tenant, "{ tenant { id } }");

        Assert.Equal("FORBIDDEN", byTenantAdmin.FirstCode);
        Assert.Equal(("INVALID_VALUE", "confirm"), (mistyped.FirstCode, mistyped.Errors[0].Field));
        Assert.True(scheduled.GetProperty("deletionDue").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(6));
        Assert.Equal("INVALID_TRANSITION", early.FirstCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cancelled.GetProperty("deletionDue").ValueKind);
        served.EnsureNoErrors();
        var history = (await admin.PostAsync(TenantId.Platform, "{ auditTrail(entity: TENANT, id: \"platform\") { action detail } }")).EnsureNoErrors()
            .Data.GetProperty("auditTrail").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("detail").GetString())).ToList();
        Assert.Contains(("安排删除门户", $"{id} · 测试门户"), history);
        Assert.Contains(("取消删除门户", $"{id} · 测试门户"), history);
    }
}
