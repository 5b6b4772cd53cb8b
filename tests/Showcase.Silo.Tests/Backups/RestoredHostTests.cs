using Microsoft.Extensions.DependencyInjection;
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
        Assert.Equal("高炉鼓风机预测性维护", (await host.Grains.GetCase(new CatalogKey(tenant, Showcase.Common.EntityId.Parse("blower"))).GetAsync())?.Content.Title);
        var found = await Eventually.ReadAsync(
            async () => (await host.Services.GetRequiredService<ISearchIndex>().SearchAsync(new SearchRequest(tenant.Value, "预测性维护"), Cancel)).Hits.Select(h => h.Id).ToArray(),
            ids => ids.Length > 0, Cancel);
        Assert.Equal(["blower"], found);
    }

    [Fact]
    public async Task ABackup_TakenDuringAPublishStorm_HoldsEveryCasePublishedBeforeIt_AndItsHostIsReady()
    {
        var backup = Path.Combine(TestFolders.NewDataFolder(), "storm.zip");
        var published = new System.Collections.Concurrent.ConcurrentBag<string>();
        string[] before;
        TenantId tenant;
        await using (var running = new ShowcaseHost())
        {
            tenant = (await running.CreatePortalAsync()).Tenant;
            var seed = new CatalogSeed(running.Grains, tenant);
            using var stop = new CancellationTokenSource();
            var storm = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var id = $"storm-{writer}-{n}";
                    await seed.CaseAsync(id, CatalogSeed.Case($"风暴案例 {writer}-{n}"));
                    published.Add(id);
                }
            }, Cancel)).ToArray();
            await Eventually.TrueAsync(() => Task.FromResult(published.Count >= 20), Cancel);

            before = [.. published];
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
            var found = await host.Grains.GetCase(new CatalogKey(tenant, Showcase.Common.EntityId.Parse(id))).GetAsync();
            Assert.True(found is { Published: not null }, $"{id} was published before the backup began, but the restored host has no published case {id}");
        }
    }
}
