using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.TestingHost;
using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Grains.Storage;
using Showcase.Grains.Tests.Cases;
using Showcase.Listings;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Grains.Tests.Listings;

/// <summary>
/// The directory stores each entry in its own row, written behind; these read the stored rows to prove that what is
/// stored always covers every change (the id stays stored as pending until its entry's row is written), that a burst
/// costs a few writes of the directory's row and never the whole catalog, and that a directory stored the old way
/// (every entry in its own row) moves into entry rows.
/// </summary>
public sealed class CatalogDirectoryWriteBehindTests(ClusterFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordedEntry_IsStoredAsPendingAtOnce_AndInItsRowAfterTheFlush()
    {
        var key = new CatalogKey(TestTenants.Fresh(), EntityId.Parse("weld"));

        await fixture.Grains.GetCase(key).CreateDraftAsync(CaseGrainTests.Complete, Owner.Nobody, TestActors.Curator);
        var right = await DirectoryRowAsync(key.Tenant);

        Assert.True(right.State!.Pending.ContainsKey("weld") || (await EntryRowsAsync(key.Tenant)).ContainsKey("weld"), "a change must be covered by what is stored");
        var listed = await fixture.Grains.GetCatalogDirectory(key.Tenant, CatalogKind.Case).ListAsync(new CatalogQuery { VisibleTo = null });
        Assert.Equal("weld", Assert.Single(listed.Items).Id.Value);

        await Eventually.TrueAsync(async () => (await DirectoryRowAsync(key.Tenant)).State!.Pending.Count == 0, Cancel);
        Assert.Equal(CaseGrainTests.Complete.Title!.Trim(), (await EntryRowsAsync(key.Tenant))["weld"].Title);
        Assert.Empty((await DirectoryRowAsync(key.Tenant)).State!.Entries);
    }

    [Fact]
    public async Task ManyChanges_AreStoredInAFewWritesOfTheDirectoryRow_AndARowPerEntry()
    {
        var tenant = TestTenants.Fresh();
        var directory = fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Case);
        var ids = Enumerable.Range(1, 40).Select(i => EntityId.Parse($"c{i}")).ToArray();
        await directory.MarkPendingManyAsync(ids);
        var writesBefore = int.Parse((await DirectoryRowAsync(tenant)).ETag!);
        var burst = System.Diagnostics.Stopwatch.StartNew();

        await Parallel.ForEachAsync(ids, Cancel, async (id, _) =>
            await fixture.Grains.GetCase(new CatalogKey(tenant, id)).CreateDraftAsync(CaseGrainTests.Complete, Owner.Nobody, TestActors.Curator));

        // At most one write per flush interval while the burst lasts (a loaded machine stretches it), never one per change.
        var writes = int.Parse((await DirectoryRowAsync(tenant)).ETag!) - writesBefore;
        var allowed = (int)(burst.Elapsed / CatalogDirectoryGrain.FlushDelay) + 1;
        Assert.True(writes <= allowed && writes < ids.Length, $"{writes} writes of the directory row for {ids.Length} changes in {burst.ElapsedMilliseconds} ms");
        await Eventually.TrueAsync(async () => (await DirectoryRowAsync(tenant)).State!.Pending.Count == 0, Cancel);
        Assert.Equal(ids.Select(i => i.Value).Order(), (await EntryRowsAsync(tenant)).Keys.Order());
        Assert.Empty((await DirectoryRowAsync(tenant)).State!.Entries);
    }

    [Fact]
    public async Task DirectoryStoredWithItsEntriesInItsOwnRow_MovesThemIntoEntryRows()
    {
        var tenant = TestTenants.Fresh();
        var old = new CatalogDirectoryGrain.State();
        foreach (var i in Enumerable.Range(1, 3))
        {
            old.Entries[$"c{i}"] = Entry($"c{i}", $"旧案例{i}");
        }

        await fixture.Storage.WriteStateAsync(DirectoryStateName, DirectoryId(tenant), new GrainState<CatalogDirectoryGrain.State>(old));

        var listed = await fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Case).ListAsync(new CatalogQuery { VisibleTo = null });

        Assert.Equal(["旧案例1", "旧案例2", "旧案例3"], listed.Items.Select(e => e.Title).Order());
        Assert.Equal(["c1", "c2", "c3"], (await EntryRowsAsync(tenant)).Keys.Order());
        Assert.Empty((await DirectoryRowAsync(tenant)).State!.Entries);
    }

    [Fact]
    public async Task ForgottenEntry_ClearsItsRow_AndAnEntryOverARowClearedBeforeActivation_IsStored()
    {
        var tenant = TestTenants.Fresh();
        var directory = fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Case);
        await directory.RecordAsync(Entry("kept", "留下"));
        await directory.RecordAsync(Entry("gone", "删除"));

        await directory.ForgetAsync(EntityId.Parse("gone"));

        Assert.Equal(["kept"], (await EntryRowsAsync(tenant)).Keys);

        // A row cleared behind a directory that has not read it (range scans skip cleared rows): its version is unknown.
        var other = TestTenants.Fresh();
        var planted = new GrainState<CatalogEntry?>(Entry("back", "旧"));
        var rowId = GrainId.Create(CatalogEntryRows.StateName, $"{other}/case/back");
        await fixture.Storage.WriteStateAsync(CatalogEntryRows.StateName, rowId, planted);
        await fixture.Storage.ClearStateAsync(CatalogEntryRows.StateName, rowId, planted);

        await fixture.Grains.GetCatalogDirectory(other, CatalogKind.Case).RecordAsync(Entry("back", "回来"));

        Assert.Equal("回来", (await EntryRowsAsync(other))["back"].Title);
    }

    [Fact]
    public async Task EntriesStoredBeforeTheyCarriedFigures_AreReadBackFromTheirGrains_SoStatisticsCountThem()
    {
        var seed = new CatalogSeed(fixture.Grains, TestTenants.Fresh());
        var tenant = seed.Key("x").Tenant;
        await seed.CaseAsync("old", CatalogSeed.Case("升级前写下的案例") with { Year = 2020 });
        await Eventually.TrueAsync(async () => (await DirectoryRowAsync(tenant)).State!.Pending.Count == 0, Cancel);
        var directory = fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Case);
        await directory.Cast<IGrainManagementExtension>().DeactivateOnIdle(Cancel);

        // The row as the version before wrote it: no figures.
        var rowId = GrainId.Create(CatalogEntryRows.StateName, $"{tenant}/case/old");
        var stored = new GrainState<CatalogEntry?>();
        await fixture.Storage.ReadStateAsync(CatalogEntryRows.StateName, rowId, stored);
        stored.State = stored.State! with { Figures = null };
        await fixture.Storage.WriteStateAsync(CatalogEntryRows.StateName, rowId, stored);

        await Eventually.TrueAsync(async () => (await directory.TallyAsync()).ByYear.GetValueOrDefault(2020) == 1, Cancel);
        await Eventually.TrueAsync(async () => (await EntryRowsAsync(tenant))["old"].Figures?.Year == 2020, Cancel);
        Assert.Equal("升级前写下的案例", (await EntryRowsAsync(tenant))["old"].Title);
    }

    private const string DirectoryStateName = "catalog-directory";

    private static GrainId DirectoryId(TenantId tenant) => GrainId.Create(DirectoryStateName, $"{tenant}/case");

    private static CatalogEntry Entry(string id, string title)
    {
        var at = DateTimeOffset.Parse("2026-01-01T00:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        return new CatalogEntry(CatalogKind.Case, EntityId.Parse(id), title, null, "published", true, Owner.Nobody,
            new CatalogTags("zhejiang", null, [], [], [], [], null, null), [], null, at, at, 1);
    }

    private async Task<GrainState<CatalogDirectoryGrain.State>> DirectoryRowAsync(TenantId tenant)
    {
        var state = new GrainState<CatalogDirectoryGrain.State>(new CatalogDirectoryGrain.State());
        await fixture.Storage.ReadStateAsync(DirectoryStateName, DirectoryId(tenant), state);
        return state;
    }

    private async Task<IReadOnlyDictionary<string, CatalogEntry>> EntryRowsAsync(TenantId tenant)
    {
        var stored = ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredService<IStoredStates>();
        var rows = await stored.ReadAsync<CatalogEntry>(CatalogEntryRows.StateName, $"{tenant}/case/", cancellationToken: Cancel);
        return rows.ToDictionary(r => r.Key[(r.Key.LastIndexOf('/') + 1)..], r => r.State);
    }
}
