using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Providers;
using Orleans.Storage;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Providers;
using Showcase.Tenancy;

namespace Showcase.Bench;

/// <summary>
/// Durable bids per second on a real single-silo Orleans host, with the embedded SQLite grain storage (issue 6) or
/// PostgreSQL (issue 7, when a connection string is given): bids spread over many challenges, at each number of
/// writers, and all on one hot challenge (where excess load is refused). Every acknowledged bid has been written to
/// storage before it is acknowledged. At each number of writers it first makes as many raw grain-state writes of a
/// bid-sized state straight through the grain storage provider, in the same run, and prints the ratio (issue 23:
/// bids ≥ 0.5× raw writes). On PostgreSQL it also counts the storage writes each bid costs.
/// </summary>
public static class BidBench
{
    public static async Task RunAsync(int bids, IReadOnlyList<int> writerCounts, string? postgreSql)
    {
        using var host = await BenchSilo.StartAsync(postgreSql);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        // A portal of its own per run, so the bench runs again on the same database (every key below includes it).
        var tenant = TenantId.Parse($"bench-{DateTime.UtcNow:yyMMddHHmmss}{Random.Shared.Next(100):00}");
        Console.WriteLine($"run: {tenant}");

        var providers = Enumerable.Range(0, 200).Select(i => EntityId.Parse($"p{i}")).ToArray();
        foreach (var provider in providers)
        {
            var grain = grains.GetProvider(new CatalogKey(tenant, provider));
            await grain.RegisterAsync(new ProviderProfile
            {
                Name = $"供应商{provider}", Kind = "it", Province = "11", Summary = "示例。",
                Capabilities = [new Capability("automotive", "quality", ["ai"])],
                Platform = new PlatformFigures { PlatformName = "示例平台", DevelopersRegistered = 10, DevelopersActive = 5 },
            }, Owner.Nobody, Actor.System);
            await grain.ListAsync(Actor.System);
        }

        var content = new BidContent { Proposal = new string('方', 2000), Price = 100, Schedule = "三个月", Team = ["王工"] };
        var storage = host.Services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        var payload = new RawBid(content, BidStatus.Submitted, 1, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, ["op-0"]);
        Console.WriteLine($"payload of each write: {host.Services.GetRequiredService<IGrainStorageSerializer>().Serialize(payload).ToArray().Length:N0} bytes");
        foreach (var writers in writerCounts)
        {
            // Side by side: the same number of first writes of a bid-sized state straight through the grain storage,
            // then bids through the challenge grains.
            var raw = await MeasureAsync("raw grain-state writes", bids, writers, async i =>
            {
                await storage.WriteStateAsync("raw-bid", GrainId.Create("raw-bid", $"{tenant}/w{writers}/{i}"), new GrainState<RawBid>(payload with { Operations = [$"op-{i}"] }));
                return payload;
            });
            var challenges = await OpenChallengesAsync(grains, tenant, $"w{writers}-");
            var writes = await StorageWritesAsync(postgreSql);
            var measured = await MeasureAsync("bids over many challenges", bids, writers, i => challenges[i % challenges.Count].SubmitBidAsync(providers[i / challenges.Count % providers.Length], content, $"op-{i}", Actor.System));
            Console.WriteLine($"  bids ÷ raw writes: {measured.PerSecond / raw.PerSecond:F2}×");
            if (postgreSql is not null)
            {
                Console.WriteLine($"  storage writes per bid: {(double)(await StorageWritesAsync(postgreSql) - writes) / measured.Acknowledged:F2}");
            }
        }

        var hot = (await OpenChallengesAsync(grains, tenant, "hot-"))[0];
        await MeasureAsync("bids on one hot challenge", Math.Min(bids, providers.Length * 5), writerCounts[^1], i => hot.SubmitBidAsync(providers[i % providers.Length], content with { Price = i + 1 }, $"hot-{i}", Actor.System));
        await host.StopAsync();
    }

    private static async Task<List<IChallengeGrain>> OpenChallengesAsync(IGrainFactory grains, TenantId tenant, string prefix)
    {
        var challenges = new List<IChallengeGrain>();
        for (var i = 0; i < 100; i++)
        {
            var challenge = grains.GetChallenge(new ChallengeKey(tenant, EntityId.Parse($"{prefix}c{i}")));
            await challenge.CreateAsync(new ChallengeContent
            {
                Title = $"榜单{i}", Goals = "目标。", Indicators = [new ChallengeIndicator("指标", "1")], BidsDue = DateTimeOffset.UtcNow.AddDays(1), Industry = "automotive",
            }, Owner.Nobody, Actor.System);
            await challenge.OpenAsync(Actor.System);
            challenges.Add(challenge);
        }

        return challenges;
    }

    // Writes to the grain state table so far: every write of a row raises its version by one (a first write makes it 1).
    private static async Task<long> StorageWritesAsync(string? postgreSql)
    {
        if (postgreSql is null)
        {
            return 0;
        }

        await using var connection = new NpgsqlConnection(postgreSql);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(sum(Version), 0) FROM OrleansStorage", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<(int Acknowledged, double PerSecond)> MeasureAsync<T>(string shape, int count, int writers, Func<int, Task<T>> submit)
    {
        var latencies = new ConcurrentBag<double>();
        var busy = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await submit(i);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (DomainException ex) when (ex.Errors[0].Code == ErrorCodes.Busy)
                {
                    Interlocked.Increment(ref busy);
                }
            }
        })));
        clock.Stop();
        var acknowledged = latencies.ToArray();
        Console.WriteLine($"{shape}: {acknowledged.Length:N0} acknowledged in {clock.Elapsed.TotalSeconds:F1} s = {acknowledged.Length / clock.Elapsed.TotalSeconds:N0}/s with {writers} writers; " +
            $"p50 {Percentiles.Of(acknowledged, 50):F1} ms, p99 {Percentiles.Of(acknowledged, 99):F1} ms; refused BUSY {busy}");
        return (acknowledged.Length, acknowledged.Length / clock.Elapsed.TotalSeconds);
    }

    /// <summary>The shape of a bid grain's stored state (which is internal to the grains), for the raw writes.</summary>
    private sealed record RawBid(BidContent Content, BidStatus Status, int Version, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt, IReadOnlyList<string> Operations);
}
