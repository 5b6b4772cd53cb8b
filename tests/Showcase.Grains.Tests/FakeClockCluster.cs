using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Showcase.Silo.Storage;
using Showcase.Testing;

namespace Showcase.Grains.Tests;

/// <summary>
/// A second cluster, like <see cref="ClusterFixture"/> but whose grains read the time from a
/// <see cref="FakeTimeProvider"/> the tests move on: deadlines, review and objection periods pass without waiting.
/// Tests in its collection run one after another and use fresh tenants.
/// </summary>
public sealed class FakeClockCluster : IAsyncLifetime
{
    private const string ConnectionStringKey = "Showcase:Tests:ConnectionString";

    // The silo is built by the testing host from a configurator type, so the clock it shares with the tests is static.
    private static readonly FakeTimeProvider SharedClock = new(DateTimeOffset.UtcNow);

    public FakeTimeProvider Clock => SharedClock;

    public TestCluster Cluster { get; private set; } = default!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async ValueTask InitializeAsync()
    {
        var connectionString = SqliteGrainStorageExtensions.ConnectionString(TestFolders.NewDataFolder());
        await SqliteSchema.ApplyAsync(connectionString);
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection([new(ConnectionStringKey, connectionString)]));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.Services.AddSingleton<TimeProvider>(SharedClock);
            silo.AddShowcaseSqliteGrainStorage(silo.Configuration[ConnectionStringKey]!).AddShowcaseGrains();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FakeClockCollection : ICollectionFixture<FakeClockCluster>
{
    public const string Name = "fake clock";
}
