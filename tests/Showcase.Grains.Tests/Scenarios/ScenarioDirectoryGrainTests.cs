using Showcase.Common;
using Showcase.Scenarios;

namespace Showcase.Grains.Tests.Scenarios;

public sealed class ScenarioDirectoryGrainTests(ClusterFixture fixture)
{
    private static readonly ScenarioContent Publishable = new()
    {
        Title = "注塑车间能耗精细化管理",
        Summary = "分台计量能耗。",
        Stages = ["production"],
        Industry = "home-appliances",
        Domain = "energy-saving",
    };

    [Fact]
    public async Task ListAsync_FollowsEveryChange_NewestFirst_WithStatusFilterAndPaging()
    {
        var tenant = TestTenants.Fresh();
        var keys = Enumerable.Range(0, 5).Select(_ => new ScenarioKey(tenant, EntityId.New())).ToArray();
        foreach (var key in keys)
        {
            await fixture.Grains.GetScenario(key).CreateDraftAsync(Publishable, Owner.Nobody, TestActors.Curator);
        }

        await fixture.Grains.GetScenario(keys[1]).PublishAsync(TestActors.Curator);
        await fixture.Grains.GetScenario(keys[3]).PublishAsync(TestActors.Curator);
        var directory = fixture.Grains.GetScenarioDirectory(tenant);

        var all = await directory.ListAsync(new ScenarioListQuery(Take: 3));
        var published = await directory.ListAsync(new ScenarioListQuery(ScenarioStatus.Published));
        var lastPage = await directory.ListAsync(new ScenarioListQuery(Skip: 3, Take: 3));

        Assert.Equal(5, all.TotalCount);
        Assert.Equal([keys[3].Id, keys[1].Id, keys[4].Id], all.Items.Select(s => s.Id));
        Assert.True(all.HasNextPage);
        Assert.Equal([keys[3].Id, keys[1].Id], published.Items.Select(s => s.Id));
        Assert.Equal(2, lastPage.Items.Count);
        Assert.False(lastPage.HasNextPage);
    }

    [Fact]
    public async Task RecordAsync_OlderVersion_IsIgnored()
    {
        var tenant = TestTenants.Fresh();
        var key = new ScenarioKey(tenant, EntityId.New());
        await fixture.Grains.GetScenario(key).CreateDraftAsync(Publishable, Owner.Nobody, TestActors.Curator);
        var published = await fixture.Grains.GetScenario(key).PublishAsync(TestActors.Curator);
        var directory = fixture.Grains.GetScenarioDirectory(tenant);

        await directory.RecordAsync(published.ToSummary() with { Version = 1, Status = ScenarioStatus.Draft });

        var listed = Assert.Single((await directory.ListAsync(new ScenarioListQuery())).Items);
        Assert.Equal((ScenarioStatus.Published, 2), (listed.Status, listed.Version));
    }

    [Fact]
    public async Task ReconcileAsync_PendingIds_AreRefreshedFromScenariosOrDropped()
    {
        var tenant = TestTenants.Fresh();
        var real = new ScenarioKey(tenant, EntityId.New());
        await fixture.Grains.GetScenario(real).CreateDraftAsync(Publishable, Owner.Nobody, TestActors.Curator);
        var directory = fixture.Grains.GetScenarioDirectory(tenant);
        // As if the process died between a pending mark and the write it announced: a stale summary of the real
        // scenario, and an id whose scenario was never written.
        await directory.RecordAsync(new ScenarioSummary(real.Id, "过时的标题", null, null, ScenarioStatus.Draft, 0, DateTimeOffset.UnixEpoch, Owner.Nobody));
        var ghost = EntityId.New();
        await directory.MarkPendingAsync(real.Id);
        await directory.MarkPendingAsync(ghost);

        await directory.ReconcileAsync();

        var listed = Assert.Single((await directory.ListAsync(new ScenarioListQuery())).Items);
        Assert.Equal((real.Id, Publishable.Title, 1), (listed.Id, listed.Title, listed.Version));
    }

    [Fact]
    public async Task ListAsync_PagingOutOfRange_IsRefused()
    {
        var directory = fixture.Grains.GetScenarioDirectory(TestTenants.Fresh());

        var ex = await Assert.ThrowsAsync<DomainException>(() => directory.ListAsync(new ScenarioListQuery(Take: 0)));

        Assert.Equal(ErrorCodes.InvalidPaging, ex.Code);
    }

    [Fact]
    public async Task Tenants_DoNotSeeEachOthersScenarios()
    {
        var a = TestTenants.Fresh();
        var b = TestTenants.Fresh();
        await fixture.Grains.GetScenario(new ScenarioKey(a, EntityId.New())).CreateDraftAsync(Publishable, Owner.Nobody, TestActors.Curator);

        var listedInB = await fixture.Grains.GetScenarioDirectory(b).ListAsync(new ScenarioListQuery());

        Assert.Equal(0, listedInB.TotalCount);
        Assert.Equal(1, (await fixture.Grains.GetScenarioDirectory(a).ListAsync(new ScenarioListQuery())).TotalCount);
    }
}
