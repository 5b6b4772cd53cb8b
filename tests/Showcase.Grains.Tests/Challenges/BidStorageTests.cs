using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Challenges;
using Showcase.Silo.Storage;
using Showcase.Testing;

namespace Showcase.Grains.Tests.Challenges;

/// <summary>
/// A bid is one storage write, its bid grain's: the challenge's row and the provider's list are not written, and a
/// cluster started again on the same database reads every bid back — summaries, statuses, the provider's list, and
/// the applied operations that keep a retry from applying twice.
/// </summary>
public sealed class BidStorageTests(ClusterFixture fixture)
{
    private const string ConnectionStringKey = "Showcase:Tests:ConnectionString";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bids_AreOneWriteEach_AndAClusterStartedAgainReadsThemBack()
    {
        var connectionString = SqliteGrainStorageExtensions.ConnectionString(TestFolders.NewDataFolder());
        await SqliteSchema.ApplyAsync(connectionString, Cancel);
        var tenant = TestTenants.Fresh();
        var key = new ChallengeKey(tenant, EntityId.Parse("c1"));
        EntityId[] providers = [EntityId.Parse("p1"), EntityId.Parse("p2"), EntityId.Parse("p3")];

        await using (var first = await StartAsync(connectionString))
        {
            var seed = new CatalogSeed(first.GrainFactory, tenant);
            foreach (var provider in providers)
            {
                await seed.ProviderAsync(provider.Value, CatalogSeed.Provider($"供应商{provider}"));
            }

            // A challenge whose id starts like c1's: its bids are not c1's.
            var neighbour = await seed.OpenChallengeAsync("c10");
            await neighbour.SubmitBidAsync(providers[0], Bid("c10"), "neighbour", Actor.System);
            var challenge = await seed.OpenChallengeAsync(key.Id.Value);
            var challengeWrites = await RowVersionAsync(connectionString, "challenge", key.ToString());

            await challenge.SubmitBidAsync(providers[0], Bid("first"), "op-1", Actor.System);
            await challenge.SubmitBidAsync(providers[1], Bid("first"), "op-2", Actor.System);
            await challenge.SubmitBidAsync(providers[1], Bid("revised"), "op-3", Actor.System);
            await challenge.SubmitBidAsync(providers[2], Bid("first"), "op-4", Actor.System);
            await challenge.WithdrawBidAsync(providers[2], "op-5", Actor.System);

            Assert.Equal(challengeWrites, await RowVersionAsync(connectionString, "challenge", key.ToString()));
            long[] bidWrites =
            [
                await RowVersionAsync(connectionString, "bid", $"{key}/p1"),
                await RowVersionAsync(connectionString, "bid", $"{key}/p2"),
                await RowVersionAsync(connectionString, "bid", $"{key}/p3"),
            ];
            Assert.Equal([1, 2, 2], bidWrites);
            Assert.Equal(0, await RowCountAsync(connectionString, "provider-bids"));
        }

        await using var second = await StartAsync(connectionString);
        var again = second.GrainFactory.GetChallenge(key);
        var bids = (await again.GetAsync())!.Bids.ToDictionary(b => b.Provider.Value, b => (b.Status, b.Version));
        Assert.Equal(new Dictionary<string, (BidStatus, int)>
        {
            ["p1"] = (BidStatus.Submitted, 1),
            ["p2"] = (BidStatus.Submitted, 2),
            ["p3"] = (BidStatus.Withdrawn, 2),
        }, bids);
        Assert.Equal(["c1", "c10"], (await second.GrainFactory.GetProviderBids(tenant, providers[0]).ListAsync()).Select(c => c.Value).Order());
        Assert.Equal(["c1"], (await second.GrainFactory.GetProviderBids(tenant, providers[2]).ListAsync()).Select(c => c.Value));

        // A retry of an operation applied before the restart is not applied again.
        var retried = await again.SubmitBidAsync(providers[1], Bid("first"), "op-2", Actor.System);
        Assert.Equal(2, retried.Version);
        Assert.Equal("revised", (await second.GrainFactory.GetBid(key, providers[1]).GetAsync())!.Content.Proposal);

        // The board counts the standing bids once the challenge is active again.
        await Eventually.TrueAsync(async () =>
            (await second.GrainFactory.GetChallengeBoard(tenant).ListAsync(new ChallengeBoardQuery())).Items.Single(c => c.Id == key.Id).Bids == 2, Cancel);
    }

    [Fact]
    public async Task AFirstBid_ThatIsStoredAlready_IsReadAndAppliedOnce_NotOverwritten()
    {
        var tenant = TestTenants.Fresh();
        var seed = new CatalogSeed(fixture.Grains, tenant);
        var provider = EntityId.Parse("p1");
        await seed.ProviderAsync(provider.Value, CatalogSeed.Provider("供应商"));
        var challenge = await seed.OpenChallengeAsync("c1");
        var key = new ChallengeKey(tenant, EntityId.Parse("c1"));

        // A bid stored while the active challenge did not hear of it (its reply lost): the challenge takes the
        // provider's next submission for a first bid.
        var submittedAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        await fixture.Storage.WriteStateAsync(BidGrain.StateName, GrainId.Create("bid", $"{key}/p1"), new GrainState<BidGrain.State>(new BidGrain.State
        {
            Content = Bid("lost reply"), Status = BidStatus.Submitted, Version = 1, SubmittedAt = submittedAt, UpdatedAt = submittedAt, Operations = ["op-lost"],
        }));

        var revised = await challenge.SubmitBidAsync(provider, Bid("revised"), "op-next", Actor.System);
        var retried = await challenge.SubmitBidAsync(provider, Bid("lost reply"), "op-lost", Actor.System);

        Assert.Equal((2, "revised", submittedAt), (revised.Version, revised.Content.Proposal, revised.SubmittedAt));
        Assert.Equal(2, retried.Version);
        var summary = Assert.Single((await challenge.GetAsync())!.Bids);
        Assert.Equal((BidStatus.Submitted, 2), (summary.Status, summary.Version));
    }

    private static BidContent Bid(string proposal) => new() { Proposal = proposal, Price = 100, Schedule = "三个月", Team = ["王工"] };

    private static async Task<TestCluster> StartAsync(string connectionString)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = "bid-storage"; // the same service on the same database, as after a restart
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection([new(ConnectionStringKey, connectionString)]));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private static async Task<long> RowVersionAsync(string connectionString, string stateName, string key) =>
        await ScalarAsync(connectionString, "SELECT Version FROM OrleansStorage WHERE GrainTypeString = $state AND GrainIdExtensionString = $key", stateName, key);

    private static async Task<long> RowCountAsync(string connectionString, string stateName) =>
        await ScalarAsync(connectionString, "SELECT count(*) FROM OrleansStorage WHERE GrainTypeString = $state", stateName, null);

    private static async Task<long> ScalarAsync(string connectionString, string sql, string stateName, string? key)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$key", (object?)key ?? DBNull.Value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Cancel));
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) =>
            silo.AddShowcaseSqliteGrainStorage(silo.Configuration[ConnectionStringKey]!).AddShowcaseGrains();
    }
}
