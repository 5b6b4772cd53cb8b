using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Files;
using Showcase.Catalog.Search;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Silo.Storage;
using Showcase.Silo.Tests.PostgreSql;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Backups;

/// <summary>
/// The README's guide for a PostgreSQL deployment, followed step by step: <c>pg_dump -Fc</c> of a running cluster's
/// database while cases are being published, <c>pg_restore --no-owner</c> into a fresh database, the keys folder put
/// back, <c>migrate</c>, and a host started on it.
/// </summary>
public sealed class PostgreSqlRestoreTests(PostgresFixture postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APgDumpTakenWhileCasesArePublished_RestoredIntoAFreshDatabase_StartsAHostWithEverythingPublishedBefore()
    {
        var dump = Path.Combine(TestFolders.NewDataFolder(), "showcase.dump");
        var running = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(running, Cancel);
        string[] before;
        TestPortal portal;
        string keys, sealedWithTheKeys;
        byte[] photo = [.. Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7))];
        await using (var host = new ShowcaseHost(settings: Cluster(running)))
        {
            portal = await host.CreatePortalAsync();
            keys = Path.Combine(host.DataPath, "keys");
            sealedWithTheKeys = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("restore").Protect("登录凭据");
            await host.Services.GetRequiredService<IFileStore>().SaveAsync(portal.Tenant, EntityId.Parse("photo-1"), new StoredFile("image/jpeg", photo, "case/c-1", "车间.jpg"), Cancel);
            var storm = PublishStorm.Start(new CatalogSeed(host.Grains, portal.Tenant), 4, "数字化车间案例", Cancel);
            await Eventually.TrueAsync(() => Task.FromResult(storm.Count >= 20), Cancel);

            before = storm.Published;
            await PostgresServer.RunClientAsync("pg_dump", running, $"-Fc --exclude-table-data=orleansmembershiptable -f {dump}");
            await Eventually.TrueAsync(() => Task.FromResult(storm.Count > before.Length), Cancel);
            await storm.StopAsync();
        }

        var restored = await postgres.CreateDatabaseAsync();
        await PostgresServer.RunClientAsync("pg_restore", restored, $"--no-owner {dump}");
        await PostgreSqlSchema.ApplyAsync(restored, Cancel);
        var dataPath = TestFolders.NewDataFolder();
        CopyFolder(keys, Path.Combine(dataPath, "keys"));

        await using var restoredHost = new ShowcaseHost(dataPath, settings: Cluster(restored));
        using var client = restoredHost.CreateClient();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready", Cancel)).IsSuccessStatusCode, Cancel);
        foreach (var id in before)
        {
            var found = await restoredHost.Grains.GetCase(new CatalogKey(portal.Tenant, EntityId.Parse(id))).GetAsync();
            Assert.True(found is { Published: not null }, $"{id} was published before pg_dump began, but the restored host has no published case {id}");
        }

        var hits = await Eventually.ReadAsync(
            async () => (await restoredHost.Services.GetRequiredService<ISearchIndex>().SearchAsync(new SearchRequest(portal.Tenant.Value, "数字化车间") { Take = 1000 }, Cancel)).Hits.Select(h => h.Id).ToHashSet(),
            ids => before.All(ids.Contains), Cancel);
        Assert.Superset(before.ToHashSet(), hits);
        Assert.Equal(photo, (await restoredHost.Services.GetRequiredService<IFileStore>().ReadAsync(portal.Tenant, EntityId.Parse("photo-1"), Cancel))?.Content);
        Assert.Equal("登录凭据", restoredHost.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("restore").Unprotect(sealedWithTheKeys));
        Assert.Equal(TestPortal.Admin, await restoredHost.LoginOfAsync(portal.Tenant, portal.TokenOf(TestPortal.Admin)));
    }

    private static Dictionary<string, string?> Cluster(string database) => new()
    {
        ["Showcase:Storage"] = "PostgreSQL",
        ["Showcase:Clustering"] = "PostgreSQL",
        ["Showcase:PostgreSQL"] = database,
        ["Showcase:AdvertisedHost"] = "127.0.0.1",
    };

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
