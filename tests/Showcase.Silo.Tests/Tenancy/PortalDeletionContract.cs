using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Collections;
using Showcase.Api.Files;
using Showcase.Audit;
using Showcase.Catalog.Search;
using Showcase.Common;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Tenancy;

/// <summary>
/// A portal deleted in two steps: after the purge nothing of it is left in storage (checked with the storage's own
/// queries, not the purge's), in the search index or among the kept files, its address and tokens answer no more, its
/// id cannot be taken again — and a portal beside it keeps everything.
/// </summary>
public abstract class PortalDeletionContract
{
    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A host whose deletions can be confirmed at once and are purged at once.</summary>
    protected abstract Task<ShowcaseHost> StartAsync();

    /// <summary>What storage still holds of the portal, counted straight from its tables and folders.</summary>
    protected abstract Task<int> LeftInStorageAsync(ShowcaseHost host, TenantId tenant);

    protected static Dictionary<string, string?> ImmediateDeletion() => new()
    {
        ["Showcase:PortalDeletion:GraceDays"] = "0",
        ["Showcase:PortalDeletion:PurgeAfterSeconds"] = "0",
    };

    [Fact]
    public async Task ADeletedPortal_LeavesNoRowDocumentOrFile_ItsAddressAndTokensAnswerNoMore_AndItsNeighbourKeepsAll()
    {
        await using var host = await StartAsync();
        var doomed = await SeedAsync(host, "doomed");
        var neighbour = await SeedAsync(host, "neighbour");
        var index = host.Services.GetRequiredService<ISearchIndex>();
        await Eventually.TrueAsync(async () => (await index.VersionsAsync(doomed.Tenant.Value, Cancel)).Count >= 2, Cancel);
        var neighbourBefore = await LeftInStorageAsync(host, neighbour.Tenant);
        Assert.True(await LeftInStorageAsync(host, doomed.Tenant) > 0);

        var tenant = host.Grains.GetTenant(doomed.Tenant);
        var admin = new Actor("platform/admin", "平台管理员");
        await tenant.ScheduleDeletionAsync(TimeSpan.Zero, admin);
        Assert.NotNull(await tenant.DeleteAsync(admin));

        var registry = host.Grains.GetTenantRegistry();
        var deleted = await Eventually.ReadAsync(async () => (await registry.DeletedAsync()).Single(d => d.Id == doomed.Tenant), d => d.PurgedAt is not null, Cancel);
        Assert.Equal(("doomed portal", "平台管理员"), (deleted.Name, deleted.By.Name));
        Assert.Equal(0, await LeftInStorageAsync(host, doomed.Tenant));
        Assert.Empty(await index.VersionsAsync(doomed.Tenant.Value, Cancel));
        Assert.Null(await host.Services.GetRequiredService<IFileStore>().ReadAsync(doomed.Tenant, EntityId.Parse("photo"), Cancel));
        Assert.Null(await host.Services.GetRequiredService<IExportFiles>().ReadAsync(doomed.Tenant, "export-1", Cancel));
        Assert.DoesNotContain(await registry.ListAsync(), t => t.Id == doomed.Tenant);
        Assert.Contains(await host.Grains.GetTenant(TenantId.Platform).GetHistoryAsync(), e => e.Action == "清除门户数据" && e.Detail.StartsWith(doomed.Tenant.Value, StringComparison.Ordinal));

        using var http = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/t/{doomed.Tenant}/", Cancel)).StatusCode);
        using var me = new HttpRequestMessage(HttpMethod.Post, $"/t/{doomed.Tenant}/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ me { login } }" }) };
        me.Headers.Authorization = new("Bearer", doomed.TokenOf(TestPortal.Admin));
        Assert.NotEqual(HttpStatusCode.OK, (await http.SendAsync(me, Cancel)).StatusCode);

        var again = await Assert.ThrowsAsync<DomainException>(() => tenant.CreateAsync(new TenantProfile("新门户", "同一个标识"), admin));
        Assert.Equal(ErrorCodes.AlreadyExists, again.Code);

        // Nothing of the neighbour is gone (its directories may have written a row or two meanwhile).
        Assert.InRange(await LeftInStorageAsync(host, neighbour.Tenant), neighbourBefore, int.MaxValue);
        Assert.Equal(2, (await index.VersionsAsync(neighbour.Tenant.Value, Cancel)).Count);
        Assert.NotNull(await host.Services.GetRequiredService<IFileStore>().ReadAsync(neighbour.Tenant, EntityId.Parse("photo"), Cancel));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/t/{neighbour.Tenant}/", Cancel)).StatusCode);
    }

    private static async Task<TestPortal> SeedAsync(ShowcaseHost host, string name)
    {
        var portal = await host.CreatePortalAsync(name + " portal");
        var seed = new CatalogSeed(host.Grains, portal.Tenant);
        await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
        await seed.CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护"));
        await host.Services.GetRequiredService<IFileStore>().SaveAsync(portal.Tenant, EntityId.Parse("photo"), new StoredFile("image/jpeg", [1, 2, 3], "case/weld", "车间.jpg"), Cancel);
        await host.Services.GetRequiredService<IExportFiles>().SaveAsync(portal.Tenant, "export-1", [4, 5, 6], Cancel);
        return portal;
    }
}
