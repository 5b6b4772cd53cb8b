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
        var published = new ConcurrentBag<string>();
        var bids = new ConcurrentBag<EntityId>();
        string[] before;
        EntityId[] bidsBefore;
        TenantId tenant;
        var challenge = EntityId.Parse("storm-challenge");
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

            var board = running.Grains.GetChallenge(new ChallengeKey(tenant, challenge));
            await board.CreateAsync(Challenge(), Owner.Nobody, Actor.System);
            await board.OpenAsync(Actor.System);
            using var stop = new CancellationTokenSource();
            var publishers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var id = $"storm-{writer}-{n}";
                    await seed.CaseAsync(id, CatalogSeed.Case($"风暴案例 {writer}-{n}"));
                    published.Add(id);
                }
            }, Cancel));
            var bidders = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested && providers.TryDequeue(out var provider))
                {
                    await board.SubmitBidAsync(provider, Bid(provider), $"bid-{provider}", Actor.System);
                    bids.Add(provider);
                }
            }, Cancel));
            var storm = publishers.Concat(bidders).ToArray();
            await Eventually.TrueAsync(() => Task.FromResult(published.Count >= 20 && bids.Count >= 5), Cancel);

            (before, bidsBefore) = ([.. published], [.. bids]);
            await DataBackup.CreateAsync(running.DataPath, Path.Combine(running.DataPath, "keys"), backup, withKeys: true, TimeProvider.System, Cancel);
            await Eventually.TrueAsync(() => Task.FromResult(published.Count > before.Length), Cancel);
            await stop.CancelAsync();
            await Task.WhenAll(storm);
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

        var restoredBids = (await host.Grains.GetChallenge(new ChallengeKey(tenant, challenge)).GetAsync())!.Bids.Select(b => b.Provider).ToHashSet();
        Assert.All(bidsBefore, provider => Assert.Contains(provider, restoredBids));
    }

    private static ChallengeContent Challenge() => new()
    {
        Title = "高炉鼓风机预测性维护",
        Goals = "非计划停机减少 30%。",
        Indicators = [new ChallengeIndicator("非计划停机", "-30", "%")],
        BidsDue = DateTimeOffset.UtcNow.AddDays(7),
        Industry = "ferrous-metals",
    };

    private static BidContent Bid(EntityId provider) => new()
    {
        Proposal = $"{provider} 的振动监测与机理模型方案。",
        Price = 300,
        Schedule = "半年",
        Team = ["张工 · 项目经理"],
    };
}
