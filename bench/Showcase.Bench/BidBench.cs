using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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
/// storage before it is acknowledged. On PostgreSQL it also counts the storage writes each bid costs.
/// </summary>
public static class BidBench
{
    public static async Task RunAsync(int bids, IReadOnlyList<int> writerCounts, string? postgreSql)
    {
        using var host = await BenchSilo.StartAsync(postgreSql);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var tenant = TenantId.Parse("bench");

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
        foreach (var writers in writerCounts)
        {
            var challenges = await OpenChallengesAsync(grains, tenant, $"w{writers}-");
            var writes = await StorageWritesAsync(postgreSql);
            var acknowledged = await MeasureAsync("many challenges", bids, writers, i => challenges[i % challenges.Count].SubmitBidAsync(providers[i / challenges.Count % providers.Length], content, $"op-{i}", Actor.System));
            if (postgreSql is not null)
            {
                Console.WriteLine($"  storage writes per bid: {(double)(await StorageWritesAsync(postgreSql) - writes) / acknowledged:F2}");
            }
        }

        var hot = (await OpenChallengesAsync(grains, tenant, "hot-"))[0];
        await MeasureAsync("one hot challenge", Math.Min(bids, providers.Length * 5), writerCounts[^1], i => hot.SubmitBidAsync(providers[i % providers.Length], content with { Price = i + 1 }, $"hot-{i}", Actor.System));
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

    // Rows inserted and updated in the grain state table so far (PostgreSQL's statistics lag by up to half a second).
    private static async Task<long> StorageWritesAsync(string? postgreSql)
    {
        if (postgreSql is null)
        {
            return 0;
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        await using var connection = new NpgsqlConnection(postgreSql);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'orleansstorage'", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<int> MeasureAsync(string shape, int count, int writers, Func<int, Task<BidSnapshot>> submit)
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
        var sorted = latencies.Order().ToArray();
        Console.WriteLine($"bids, {shape}: {sorted.Length:N0} acknowledged in {clock.Elapsed.TotalSeconds:F1} s = {sorted.Length / clock.Elapsed.TotalSeconds:N0}/s with {writers} writers; " +
            $"p50 {sorted[sorted.Length / 2]:F1} ms, p99 {sorted[(int)Math.Ceiling(sorted.Length * 0.99) - 1]:F1} ms; refused BUSY {busy}");
        return sorted.Length;
    }
}
