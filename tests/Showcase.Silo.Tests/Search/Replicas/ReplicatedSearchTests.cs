using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Audit;
using Showcase.Catalog.Search;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Silo.Search.Replicas;
using Showcase.Silo.Storage;
using Showcase.Silo.Tests.PostgreSql;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Search.Replicas;

/// <summary>
/// Hosts clustered on a real PostgreSQL server, each searching its own embedded Lucene replica fed by the change log:
/// one host in this process, the other its own process where it must die by SIGKILL.
/// </summary>
public sealed class ReplicatedSearchTests(PostgresFixture postgres)
{
    private static readonly Actor Curator = new("curator", "策展人");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACasePublishedThroughOneHost_IsFoundThroughTheOther_WokenByTheNotification()
    {
        // Polling once an hour: only the notification can bring a change over while the test runs. How soon it does is
        // measured by the freshness benchmark; this prints what it saw.
        var cluster = await ClusterAsync(pollSeconds: 3600);
        await using var a = new ShowcaseHost(settings: cluster);
        var tenant = (await a.CreatePortalAsync()).Tenant;
        await using var b = await StartProcessAsync(cluster, TestFolders.NewDataFolder());
        using var onB = new HttpClient { BaseAddress = b.Address };
        await UntilReadyAsync(onB);
        var seed = new CatalogSeed(a.Grains, tenant);

        var latencies = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            await seed.CaseAsync($"c{i}", CatalogSeed.Case($"焊装车间{i}号线焊点视觉检测"));
            var acknowledged = Stopwatch.StartNew();
            Assert.Contains($"c{i}", await UntilAsync(() => SearchIdsAsync(onB, tenant), ids => ids.Contains($"c{i}")));
            latencies.Add(acknowledged.Elapsed);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Published on A, found on B after (ms): {string.Join(", ", latencies.Select(l => (int)l.TotalMilliseconds))}");
    }

    [Fact]
    public async Task KillingAHostDuringAStreamOfPublishesAndWithdrawals_LeavesBothReplicasHoldingExactlyThePublishedSet()
    {
        var cluster = await ClusterAsync();
        await using var a = new ShowcaseHost(settings: cluster);
        var tenant = (await a.CreatePortalAsync()).Tenant;
        var bFolder = TestFolders.NewDataFolder();
        var bPorts = Ports();
        var b = await StartProcessAsync(cluster, bFolder, bPorts);
        try
        {
            using var onA = a.CreateClient();
            var seed = new CatalogSeed(a.Grains, tenant);
            var cases = Enumerable.Range(0, 36).Select(i => $"s{i}").ToArray();
            for (var i = 0; i < cases.Length; i++)
            {
                await RetriedAsync(() => EnsurePublishedAsync(a.Grains, seed, cases[i]));
                if (i % 3 == 2)
                {
                    await RetriedAsync(() => EnsureWithdrawnAsync(a.Grains, seed, cases[i - 1]));
                }

                if (i == 12)
                {
                    await b.KillAsync();
                }
            }

            await b.DisposeAsync();
            b = await StartProcessAsync(cluster, bFolder, bPorts);
            using var onB = new HttpClient { BaseAddress = b.Address };
            await UntilReadyAsync(onB);
            var published = new HashSet<string>();
            foreach (var id in cases)
            {
                if ((await a.Grains.GetCase(seed.Key(id)).GetAsync())!.IsPublic)
                {
                    published.Add(id);
                }
            }

            Assert.Equal(24, published.Count);
            Assert.Equal(published.Order(), (await UntilAsync(() => SearchIdsAsync(onA, tenant), ids => ids.SetEquals(published))).Order());
            Assert.Equal(published.Order(), (await UntilAsync(() => SearchIdsAsync(onB, tenant), ids => ids.SetEquals(published))).Order());
        }
        finally
        {
            await b.DisposeAsync();
        }
    }

    [Fact]
    public async Task AHostStartedAfterTheLogWasCompacted_RebuildsFromTheGrains_AndIsReadyOnlyWhenItHoldsEverything()
    {
        var cluster = await ClusterAsync();
        var database = cluster["Showcase:PostgreSQL"]!;
        await using var a = new ShowcaseHost(settings: cluster);
        var tenant = (await a.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(a.Grains, tenant);
        for (var i = 0; i < 5; i++)
        {
            await seed.CaseAsync($"early{i}", CatalogSeed.Case($"压铸车间{i}号线质量追溯"));
        }

        // The indexer sends changes in the background (gathering a burst): once A finds all five, the log holds them.
        using var onA = a.CreateClient();
        await UntilAsync(() => SearchIdsAsync(onA, tenant), ids => ids.Count == 5);
        await using var log = new SearchChangeLog(database);
        var head = (await log.HeadsAsync(Cancel)).Heads[tenant.Value];
        // A, the only replica, reports that it has applied the whole log: compaction then deletes all of it.
        await UntilAsync(
            () => PostgresQueries.CountAsync(database, $"SELECT coalesce(max(Position), 0) FROM ShowcaseSearchReplicas WHERE Tenant = '{tenant}'"),
            position => position >= head);
        // A compacts on its own too and may already have deleted part of it: what counts is that none is left.
        await log.CompactAsync(SearchReplica.Retention, Cancel);
        Assert.Equal(0, await PostgresQueries.CountAsync(database, $"SELECT count(*) FROM ShowcaseSearchLog WHERE Tenant = '{tenant}'"));
        for (var i = 0; i < 3; i++)
        {
            await seed.CaseAsync($"late{i}", CatalogSeed.Case($"涂装车间{i}号线能耗优化"));
        }

        await a.Grains.GetCase(seed.Key("early0")).WithdrawAsync("信息过期", Curator);

        await using var b = await StartProcessAsync(cluster, TestFolders.NewDataFolder());
        using var onB = new HttpClient { BaseAddress = b.Address };
        await UntilReadyAsync(onB);

        // Ready means current: the first search after it already holds every published case.
        Assert.Equal(["early1", "early2", "early3", "early4", "late0", "late1", "late2"], (await SearchIdsAsync(onB, tenant)).Order());
    }

    [Fact]
    public async Task TheSearchRebuild_RebuildsEveryHostsReplica()
    {
        var cluster = await ClusterAsync();
        await using var a = new ShowcaseHost(settings: cluster);
        await using var b = new ShowcaseHost(settings: cluster);
        var tenant = (await a.CreatePortalAsync()).Tenant;
        await new CatalogSeed(a.Grains, tenant).CaseAsync("kept", CatalogSeed.Case("高炉鼓风机预测性维护"));
        using var onA = a.CreateClient();
        using var onB = b.CreateClient();
        await UntilReadyAsync(onB);
        foreach (var host in new[] { a, b })
        {
            // A document no catalog item backs: only a rebuild from the grains drops it.
            await host.Services.GetRequiredService<ISearchIndex>().IndexAsync(
                [new SearchDocument(tenant.Value, "case", "stale", 1, "空压机预测性维护", null, "", new Dictionary<string, IReadOnlyList<string>>(), DateTimeOffset.UtcNow)],
                Cancel);
            Assert.Equal(["kept", "stale"], (await UntilAsync(() => SearchIdsAsync(host == a ? onA : onB, tenant), ids => ids.Count == 2)).Order());
        }

        using var rebuild = new HttpRequestMessage(HttpMethod.Post, $"/t/{TenantId.Platform}/graphql")
        {
            Content = JsonContent.Create(new { query = "mutation { rebuildSearchIndex { state } }" }),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", await a.PlatformAdminTokenAsync()) },
        };
        var requestedAt = DateTimeOffset.UtcNow;
        (await onA.SendAsync(rebuild, Cancel)).EnsureSuccessStatusCode();

        Assert.Equal(["kept"], await UntilAsync(() => SearchIdsAsync(onA, tenant), ids => ids.SetEquals(["kept"])));
        Assert.Equal(["kept"], await UntilAsync(() => SearchIdsAsync(onB, tenant), ids => ids.SetEquals(["kept"])));
        // Asked through the host that did not start it: both hosts' runs of this rebuild, as each reported it.
        var admin = await b.PlatformAdminTokenAsync();
        var progress = await UntilAsync(() => RebuildProgressAsync(onB, admin), p => p.ValueKind == JsonValueKind.Object && p.GetProperty("state").GetString() == "COMPLETED"
            && p.GetProperty("hosts").EnumerateArray().Count(h => h.GetProperty("startedAt").GetDateTimeOffset() >= requestedAt) == 2);
        Assert.Equal(2, progress.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("host").GetString()).Distinct().Count());
        Assert.Equal(100, progress.GetProperty("percent").GetInt32());
    }

    private static async Task<JsonElement> RebuildProgressAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{TenantId.Platform}/graphql")
        {
            Content = JsonContent.Create(new { query = "{ searchRebuild { state percent hosts { host state startedAt } } }" }),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        };
        using var response = await http.SendAsync(request, Cancel);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("data").GetProperty("searchRebuild").Clone();
    }

    private async Task<Dictionary<string, string?>> ClusterAsync(int pollSeconds = 5)
    {
        var database = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(database, Cancel);
        return new Dictionary<string, string?>
        {
            ["Showcase:Storage"] = "PostgreSQL",
            ["Showcase:Clustering"] = "PostgreSQL",
            ["Showcase:PostgreSQL"] = database,
            ["Showcase:AdvertisedHost"] = "127.0.0.1",
            ["Showcase:Search:ReplicaPollSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The tests poll as fast as they can; the limits have tests of their own.
            ["Showcase:RateLimits:PerUserPerMinute"] = "1000000",
            ["Showcase:RateLimits:PerTenantPerMinute"] = "1000000",
        };
    }

    private static (int Silo, int Gateway) Ports() => (FreePorts.Next(), FreePorts.Next());

    private static Task<ShowcaseProcess> StartProcessAsync(Dictionary<string, string?> cluster, string dataPath, (int Silo, int Gateway)? ports = null)
    {
        var (silo, gateway) = ports ?? Ports();
        return ShowcaseProcess.StartAsync(new Dictionary<string, string>(cluster.ToDictionary(s => s.Key, s => s.Value!))
        {
            ["Showcase:DataPath"] = dataPath,
            ["Showcase:SiloPort"] = silo.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Showcase:GatewayPort"] = gateway.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Showcase:SeedDemoContent"] = "false",
            ["Showcase:PlatformAdmin:Password"] = ShowcaseHost.PlatformAdminPassword,
        }, Cancel);
    }

    private static async Task EnsurePublishedAsync(IGrainFactory grains, CatalogSeed seed, string id)
    {
        var grain = grains.GetCase(seed.Key(id));
        var snapshot = await grain.GetAsync() ?? await grain.CreateDraftAsync(CatalogSeed.Case($"焊装车间{id}焊点视觉检测"), Owner.Nobody, Curator);
        if (!snapshot.IsPublic)
        {
            await grain.PublishAsync(Curator);
        }
    }

    private static async Task EnsureWithdrawnAsync(IGrainFactory grains, CatalogSeed seed, string id)
    {
        var grain = grains.GetCase(seed.Key(id));
        if ((await grain.GetAsync())!.IsPublic)
        {
            await grain.WithdrawAsync("撤回", Curator);
        }
    }

    /// <summary>Runs a step until it succeeds: while a killed host's grains move to the survivor, calls to them fail.</summary>
    private static async Task RetriedAsync(Func<Task> step)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await step();
                return;
            }
            catch (Exception) when (deadline.Elapsed < Patience)
            {
                await Task.Delay(200, Cancel);
            }
        }
    }

    private static async Task UntilReadyAsync(HttpClient host)
    {
        await UntilAsync(async () =>
        {
            using var ready = await host.GetAsync("/health/ready", Cancel);
            return ready.StatusCode;
        }, status => status == HttpStatusCode.OK);
    }

    private static async Task<HashSet<string>> SearchIdsAsync(HttpClient host, TenantId tenant)
    {
        using var response = await host.PostAsJsonAsync($"/t/{tenant}/graphql", new { query = "{ search(first: 50) { hits { id } } }" }, Cancel);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return body.RootElement.GetProperty("data").GetProperty("search").GetProperty("hits").EnumerateArray()
            .Select(hit => hit.GetProperty("id").GetString()!).ToHashSet();
    }

    /// <summary>The value once <paramref name="done"/> holds, or the last one after <see cref="Patience"/>.</summary>
    private static Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done) => Eventually.ReadAsync(read, done, Cancel);
}
