using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.TestingHost;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains;
using Showcase.Silo.Storage;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.PostgreSql;

/// <summary>
/// Two silos forming one cluster through PostgreSQL membership, grain state in the same database; one silo is killed
/// (no goodbye, as in a crash) while providers are bidding. Clients retry what was not acknowledged with the same
/// operation id, as the web and GraphQL clients do.
/// </summary>
public sealed class TwoSiloFailoverTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string ConnectionStringKey = "Showcase:Tests:PostgreSQL";
    private const int Challenges = 4;
    private const int Providers = 100;
    private const int Writers = 16;

    private string _database = "";
    private TestCluster _cluster = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(_database, Cancel);
        var builder = new TestClusterBuilder(2);
        builder.Options.UseTestClusterMembership = false;
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection([new(ConnectionStringKey, _database)]));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task KillingASiloUnderBidLoad_LosesNoAcknowledgedBid_AppliesNoneTwice_AndTheSurvivorServesEveryGrain()
    {
        var grains = _cluster.GrainFactory;
        var tenant = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
        var seed = new CatalogSeed(grains, tenant);
        var providers = Enumerable.Range(1, Providers).Select(i => EntityId.Parse($"p{i:000}")).ToArray();
        // A few at a time: a hundred at once queue on the provider directory, and on a busy machine the last of them
        // would wait longer than the short response timeout this test keeps for the failover.
        await Parallel.ForEachAsync(providers, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Cancel },
            async (p, _) => await seed.ProviderAsync(p.Value, CatalogSeed.Provider($"供应商{p}")));
        var challenges = new List<ChallengeKey>();
        for (var i = 0; i < Challenges; i++)
        {
            var key = new ChallengeKey(tenant, EntityId.New());
            await grains.GetChallenge(key).CreateAsync(Content($"第{i + 1}号榜单：产线预测性维护"), Owner.Nobody, Actor.System);
            await grains.GetChallenge(key).OpenAsync(Actor.System);
            challenges.Add(key);
        }

        var work = new ConcurrentQueue<(ChallengeKey Challenge, EntityId Provider)>(
            providers.SelectMany(p => challenges.Select(c => (c, p))).OrderBy(_ => Random.Shared.Next()));
        var total = work.Count;
        var acknowledged = new ConcurrentBag<(ChallengeKey Challenge, EntityId Provider)>();
        var failedAttempts = 0;
        var victim = _cluster.SecondarySilos[0];
        var killed = Task.Run(async () =>
        {
            while (acknowledged.Count < total / 3)
            {
                await Task.Delay(10, Cancel);
            }

            await _cluster.KillSiloAsync(victim);
            return acknowledged.Count;
        }, Cancel);

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            while (work.TryDequeue(out var item))
            {
                // Until acknowledged: the same operation id every time, so a retry of an applied bid is not applied again.
                while (true)
                {
                    try
                    {
                        await grains.GetChallenge(item.Challenge).SubmitBidAsync(item.Provider, CatalogSeed.Bid(item.Provider), $"submit-{item.Provider}", Actor.System);
                        acknowledged.Add(item);
                        break;
                    }
                    catch (Exception ex) when (ex is not DomainException { Code: not ErrorCodes.Busy })
                    {
                        Interlocked.Increment(ref failedAttempts);
                        await Task.Delay(100, Cancel);
                    }
                }
            }
        }, Cancel)));
        var acknowledgedBeforeTheKill = await killed;

        Assert.InRange(acknowledgedBeforeTheKill, total / 3, total - Writers);
        Assert.Equal(total, acknowledged.Count);
        Assert.Single(_cluster.GetActiveSilos());
        foreach (var key in challenges)
        {
            var stored = (await grains.GetChallenge(key).GetAsync())!.Bids;
            Assert.Equal(providers.Select(p => p.Value).Order(), stored.Select(b => b.Provider.Value).Order());
            Assert.All(stored, b => Assert.Equal((BidStatus.Submitted, 1), (b.Status, b.Version)));
            foreach (var provider in providers)
            {
                Assert.Equal(1, (await grains.GetBid(key, provider).GetAsync())!.Version);
            }
        }

        // Every provider's list (read from its bid rows by the reversed-key index) names every challenge.
        foreach (var provider in providers)
        {
            Assert.Equal(challenges.Select(c => c.Id.Value).Order(), (await grains.GetProviderBids(tenant, provider).ListAsync()).Select(c => c.Value).Order());
        }

        Assert.Equal(0L, await PostgresQueries.CountAsync(_database, PostgresQueries.DuplicatedGrains));
        // The killed silo is declared dead (6) in the membership table by the survivor.
        Assert.Equal(1L, await PostgresQueries.CountAsync(_database, $"SELECT count(*) FROM OrleansMembershipTable WHERE Status = 6 AND Port = {victim.SiloAddress.Endpoint.Port}"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{total} bids, {acknowledgedBeforeTheKill} acknowledged before the kill, {failedAttempts} attempts failed and were retried.");
    }

    private static ChallengeContent Content(string title) => new()
    {
        Title = title,
        Goals = "非计划停机减少 30%。",
        Indicators = [new ChallengeIndicator("非计划停机", "-30", "%")],
        BidsDue = DateTimeOffset.UtcNow.AddDays(7),
        Industry = "ferrous-metals",
    };

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            var database = silo.Configuration[ConnectionStringKey]!;
            silo.UseShowcasePostgreSqlClustering(database)
                .AddShowcasePostgreSqlGrainStorage(database)
                .AddShowcaseGrains()
                // Find the dead silo in seconds, not the production default of about half a minute.
                .Configure<ClusterMembershipOptions>(membership =>
                {
                    membership.ProbeTimeout = TimeSpan.FromSeconds(1);
                    membership.NumMissedProbesLimit = 2;
                    membership.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                });
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder client) => client
            .UseAdoNetClustering(clustering =>
            {
                clustering.Invariant = PostgreSqlSiloBuilderExtensions.Invariant;
                clustering.ConnectionString = configuration[ConnectionStringKey];
            })
            .Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1))
            .Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = TimeSpan.FromSeconds(5));
    }
}
