using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Grains.Tests.Cases;
using Showcase.Listings;

namespace Showcase.Grains.Tests.Listings;

/// <summary>
/// The directory writes recorded entries behind; these read its stored row to prove that what is stored always
/// covers every change: the id stays stored as pending until the entry itself is stored.
/// </summary>
public sealed class CatalogDirectoryWriteBehindTests(ClusterFixture fixture)
{
    [Fact]
    public async Task RecordedEntry_IsStoredAsPendingAtOnce_AndAsAnEntryAfterTheFlush()
    {
        var key = new CatalogKey(TestTenants.Fresh(), EntityId.Parse("weld"));

        await fixture.Grains.GetCase(key).CreateDraftAsync(CaseGrainTests.Complete, Owner.Nobody, TestActors.Curator);
        var right = await StoredAsync(key);

        Assert.True(right.Pending.ContainsKey("weld") || right.Entries.ContainsKey("weld"), "a change must be covered by what is stored");
        var listed = await fixture.Grains.GetCatalogDirectory(key.Tenant, CatalogKind.Case).ListAsync(new CatalogQuery { VisibleTo = null });
        Assert.Equal("weld", Assert.Single(listed.Items).Id.Value);

        await Task.Delay(CatalogDirectoryGrain.FlushDelay * 3, TestContext.Current.CancellationToken);
        var later = await StoredAsync(key);
        Assert.True(later.Entries.ContainsKey("weld"));
        Assert.Empty(later.Pending);
    }

    [Fact]
    public async Task ManyChanges_AreStoredInAFewWrites_NotTwoPerChange()
    {
        var tenant = TestTenants.Fresh();
        var directory = fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Case);
        var ids = Enumerable.Range(1, 40).Select(i => EntityId.Parse($"c{i}")).ToArray();
        await directory.MarkPendingManyAsync(ids);
        var writesBefore = int.Parse((await StoredStateAsync(tenant)).ETag!);
        var burst = System.Diagnostics.Stopwatch.StartNew();

        await Parallel.ForEachAsync(ids, TestContext.Current.CancellationToken, async (id, _) =>
            await fixture.Grains.GetCase(new CatalogKey(tenant, id)).CreateDraftAsync(CaseGrainTests.Complete, Owner.Nobody, TestActors.Curator));

        // At most one write per flush interval while the burst lasts (a loaded machine stretches it), never one per change.
        var writes = int.Parse((await StoredStateAsync(tenant)).ETag!) - writesBefore;
        var allowed = (int)(burst.Elapsed / CatalogDirectoryGrain.FlushDelay) + 1;
        Assert.True(writes <= allowed && writes < ids.Length, $"{writes} writes of the directory row for {ids.Length} changes in {burst.ElapsedMilliseconds} ms");
        await Task.Delay(CatalogDirectoryGrain.FlushDelay * 3, TestContext.Current.CancellationToken);
        var stored = await StoredStateAsync(tenant);
        Assert.Equal(40, stored.State!.Entries.Count);
        Assert.Empty(stored.State.Pending);
    }

    private async Task<CatalogDirectoryGrain.State> StoredAsync(CatalogKey key) => (await StoredStateAsync(key.Tenant)).State!;

    private async Task<GrainState<CatalogDirectoryGrain.State>> StoredStateAsync(Showcase.Tenancy.TenantId tenant)
    {
        var state = new GrainState<CatalogDirectoryGrain.State>(new CatalogDirectoryGrain.State());
        await fixture.Storage.ReadStateAsync("catalog-directory", GrainId.Create("catalog-directory", $"{tenant}/case"), state);
        return state;
    }
}
