using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Catalog.Search;
using Showcase.Listings;
using Showcase.Silo.Backups;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Backups;

/// <summary>A running host backed up, and a host started on the restored folder: ready, with the catalog and a search index rebuilt from it.</summary>
public sealed class RestoredHostTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AHostStartedOnARestoredBackup_IsReady_ServesTheCatalog_AndFindsItBySearch()
    {
        var backup = Path.Combine(TestFolders.NewDataFolder(), "showcase-backup.zip");
        TenantId tenant;
        await using (var running = new ShowcaseHost())
        {
            tenant = (await running.CreatePortalAsync()).Tenant;
            await new CatalogSeed(running.Grains, tenant).CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护"));
            await DataBackup.CreateAsync(running.DataPath, Path.Combine(running.DataPath, "keys"), backup, withKeys: true, TimeProvider.System, Cancel);
        }

        var restored = Path.Combine(TestFolders.NewDataFolder(), "data");
        await DataRestore.RunAsync(backup, restored, Path.Combine(restored, "keys"), Cancel);
        Assert.False(Directory.Exists(Path.Combine(restored, "search")));

        await using var host = new ShowcaseHost(restored);
        using var client = host.CreateClient();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready", Cancel)).IsSuccessStatusCode, Cancel);
        Assert.Equal("高炉鼓风机预测性维护", (await host.Grains.GetCase(new CatalogKey(tenant, EntityId.Parse("blower"))).GetAsync())?.Content.Title);
        var found = await Eventually.ReadAsync(
            async () => (await host.Services.GetRequiredService<ISearchIndex>().SearchAsync(new SearchRequest(tenant.Value, "预测性维护"), Cancel)).Hits.Select(h => h.Id).ToArray(),
            ids => ids.Length > 0, Cancel);
        Assert.Equal(["blower"], found);
    }

    [Fact]
    public async Task ABackup_TakenDuringABidAndPublishStorm_HoldsEveryBidAndCaseAcknowledgedBeforeIt_AndItsHostIsReady()
    {
        var backup = Path.Combine(TestFolders.NewDataFolder(), "storm.zip");
        var bids = new ConcurrentBag<EntityId>();
        string[] before;
        EntityId[] bidsBefore;
        TenantId tenant;
        const string Challenge = "storm-challenge";
        await using (var running = new ShowcaseHost())
        {
            tenant = (await running.CreatePortalAsync()).Tenant;
            var seed = new CatalogSeed(running.Grains, tenant);
            var providers = new ConcurrentQueue<EntityId>();
            for (var i = 0; i < 60; i++)
            {
                var provider = EntityId.Parse($"p{i:00}");
                await seed.ProviderAsync(provider.Value, CatalogSeed.Provider($"供应商{i}"));
                providers.Enqueue(provider);
            }

            var board = await seed.OpenChallengeAsync(Challenge, "高炉鼓风机预测性维护", "ferrous-metals", days: 7);
            using var stop = new CancellationTokenSource();
            var storm = PublishStorm.Start(seed, 4, "风暴案例", Cancel);
            var bidders = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested && providers.TryDequeue(out var provider))
                {
                    await board.SubmitBidAsync(provider, CatalogSeed.Bid(provider), $"bid-{provider}", Actor.System);
                    bids.Add(provider);
                }
            }, Cancel)).ToArray();
            await Eventually.TrueAsync(() => Task.FromResult(storm.Count >= 20 && bids.Count >= 5), Cancel);

            (before, bidsBefore) = (storm.Published, [.. bids]);
            await DataBackup.CreateAsync(running.DataPath, Path.Combine(running.DataPath, "keys"), backup, withKeys: true, TimeProvider.System, Cancel);
            await Eventually.TrueAsync(() => Task.FromResult(storm.Count > before.Length), Cancel);
            await stop.CancelAsync();
            await storm.StopAsync();
            await Task.WhenAll(bidders);
        }

        var restored = Path.Combine(TestFolders.NewDataFolder(), "data");
        await DataRestore.RunAsync(backup, restored, Path.Combine(restored, "keys"), Cancel);
        await using var host = new ShowcaseHost(restored);
        using var client = host.CreateClient();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready", Cancel)).IsSuccessStatusCode, Cancel);
        foreach (var id in before)
        {
            var found = await host.Grains.GetCase(new CatalogKey(tenant, EntityId.Parse(id))).GetAsync();
            Assert.True(found is { Published: not null }, $"{id} was published before the backup began, but the restored host has no published case {id}");
        }

        var restoredBids = (await host.Grains.GetChallenge(new ChallengeKey(tenant, EntityId.Parse(Challenge))).GetAsync())!.Bids.Select(b => b.Provider).ToHashSet();
        Assert.All(bidsBefore, provider => Assert.Contains(provider, restoredBids));
    }
}
