using Orleans.Core.Internal;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Grains.Collections;
using Showcase.Tenancy;

namespace Showcase.Grains.Tests.Collections;

/// <summary>
/// The collection list keeps a summary of each collection by the listed-save protocol, so a page reads only its own
/// collections: it follows every change (newest first), hides unpublished ones from the public, forgets deleted
/// drafts, and a list stored the old way (ids only) reads its collections back once.
/// </summary>
public sealed class CollectionDirectoryTests(ClusterFixture fixture)
{
    private static CollectionContent Content(string title, int cases) => new(new CollectionDetails { Title = title },
        [new CollectionSection("入选案例", Enumerable.Range(1, cases).Select(i => new CollectionItem(EntityId.Parse($"case-{i}"), 1, $"案例{i}", null)).ToArray())]);

    [Fact]
    public async Task ListAsync_FollowsEveryChange_NewestFirst_PublicOnlyForThePublic_AndPages()
    {
        var tenant = TestTenants.Fresh();
        var (first, second, third) = (Collection(tenant, "first"), Collection(tenant, "second"), Collection(tenant, "third"));
        await first.CreateAsync(Content("第一", 1), null, Owner.Nobody, TestActors.Curator);
        await second.CreateAsync(Content("第二", 0), null, Owner.Nobody, TestActors.Curator);
        await third.CreateAsync(Content("第三", 0), null, Owner.Nobody, TestActors.Curator);
        await first.PublishAsync(1, TestActors.Curator);
        await second.ReviseAsync(Content("第二（修订）", 0), null, 1, "修改", TestActors.Curator);
        await third.DeleteDraftAsync(TestActors.Curator);
        var directory = fixture.Grains.GetCollectionDirectory(tenant);

        var all = await directory.ListAsync(new CollectionListQuery(PublicOnly: false));
        var forThePublic = await directory.ListAsync(new CollectionListQuery(PublicOnly: true));
        var secondPage = await directory.ListAsync(new CollectionListQuery(PublicOnly: false, Skip: 1, Take: 1));

        Assert.Equal(["second", "first"], all.Items.Select(s => s.Id.Value));
        Assert.Equal(2, all.TotalCount);
        Assert.Equal(["first"], forThePublic.Items.Select(s => s.Id.Value));
        Assert.Equal(1, forThePublic.TotalCount);
        Assert.Equal(["first"], secondPage.Items.Select(s => s.Id.Value));
        Assert.False(secondPage.HasNextPage);
    }

    [Fact]
    public async Task AListStoredAsIdsOnly_ReadsItsCollectionsBackOnce()
    {
        var tenant = TestTenants.Fresh();
        await Collection(tenant, "kept").CreateAsync(Content("留下的", 0), null, Owner.Nobody, TestActors.Curator);
        var directory = fixture.Grains.GetCollectionDirectory(tenant);
        var row = new GrainState<CollectionDirectoryGrain.State>(new CollectionDirectoryGrain.State());
        var rowId = GrainId.Create("collection-directory", tenant.ToString());
        await fixture.Storage.ReadStateAsync("collection-directory", rowId, row);
        await fixture.Storage.WriteStateAsync("collection-directory", rowId,
            new GrainState<CollectionDirectoryGrain.State>(new CollectionDirectoryGrain.State { Ids = [EntityId.Parse("kept"), EntityId.Parse("never-created")] }, row.ETag));
        await directory.Cast<IGrainManagementExtension>().DeactivateOnIdle(TestContext.Current.CancellationToken);

        var listed = await directory.ListAsync(new CollectionListQuery(PublicOnly: false));

        Assert.Equal(["kept"], listed.Items.Select(s => s.Id.Value));
        await fixture.Storage.ReadStateAsync("collection-directory", rowId, row);
        Assert.Empty(row.State!.Ids);
        Assert.Equal(["kept"], row.State.Entries.Keys);
    }

    private ICollectionGrain Collection(TenantId tenant, string id) => fixture.Grains.GetCollection(new CollectionKey(tenant, EntityId.Parse(id)));
}
