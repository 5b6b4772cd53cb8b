using Microsoft.Extensions.Configuration;
using Orleans.Storage;
using Orleans.TestingHost;
using Showcase.Silo.Storage;
using Showcase.Testing;

[assembly: AssemblyFixture(typeof(Showcase.Grains.Tests.ClusterFixture))]

namespace Showcase.Grains.Tests;

/// <summary>
/// One in-process Orleans cluster for the assembly, storing grain state in a real SQLite file through the same
/// provider, schema and serializer as the host. Tests use fresh tenants, so they never see each other's data.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private const string ConnectionStringKey = "Showcase:Tests:ConnectionString";

    public TestCluster Cluster { get; private set; } = default!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>The silo's grain storage, for tests that read or plant stored rows behind the grains' backs.</summary>
    public IGrainStorage Storage => Cluster.GrainStorage();

    public string ConnectionString { get; } = SqliteGrainStorageExtensions.ConnectionString(TestFolders.NewDataFolder());

    public async ValueTask InitializeAsync()
    {
        await SqliteSchema.ApplyAsync(ConnectionString);
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection([new(ConnectionStringKey, ConnectionString)]));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddShowcaseSqliteGrainStorage(silo.Configuration[ConnectionStringKey]!)
            .AddShowcaseGrains();
    }
}
