using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Showcase.Silo.Storage;
using Showcase.Silo.Titles;
using Showcase.Testing;
using Showcase.Titles;

namespace Showcase.Grains.Tests.Titles;

/// <summary>
/// The title sweep on a cluster of two hosts, each asking the sweep grain to run as the host does: it sweeps once per
/// interval (not once per host), and goes on on the other host when its own stops.
/// </summary>
public sealed class TitleSweepClusterTests : IAsyncLifetime
{
    private const string ConnectionStringKey = "Showcase:Tests:ConnectionString";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(400);
    private TestCluster _cluster = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var connectionString = SqliteGrainStorageExtensions.ConnectionString(TestFolders.NewDataFolder());
        await SqliteSchema.ApplyAsync(connectionString);
        var builder = new TestClusterBuilder(2);
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection([new(ConnectionStringKey, connectionString)]));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task TwoHosts_SweepOncePerInterval_AndTheOtherHostTakesOverWhenOneStops()
    {
        var sweep = _cluster.GrainFactory.GetGrain<ITitleSweepGrain>(ITitleSweepGrain.Key);

        var runs = await UntilAsync(sweep, r => r.Count >= 5);

        // Both hosts ask on every interval; a sweep per ask would put runs closer together than the interval.
        var gaps = runs.Zip(runs.Skip(1), (a, b) => b.Started - a.Started).ToArray();
        Assert.All(gaps, gap => Assert.True(gap >= Interval * 0.75, $"runs {gap.TotalMilliseconds:F0} ms apart"));

        var host = _cluster.Silos.Single(s => s.SiloAddress.ToString() == runs[0].Host);
        await _cluster.StopSiloAsync(host, Cancel);
        var after = await UntilAsync(sweep, r => r.Any(run => run.Host != host.SiloAddress.ToString()));

        Assert.Contains(after, run => run.Host == _cluster.Silos.Single().SiloAddress.ToString());
    }

    /// <summary>The sweep's runs once they satisfy <paramref name="done"/> (asked again while its host is going).</summary>
    private static async Task<IReadOnlyList<TitleSweepRun>> UntilAsync(ITitleSweepGrain sweep, Func<IReadOnlyList<TitleSweepRun>, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            IReadOnlyList<TitleSweepRun> runs = [];
            try
            {
                runs = await sweep.RunsAsync();
            }
            catch (Exception) when (attempt < 600)
            {
                // The grain's host has just stopped; the cluster notices within seconds.
            }

            if (done(runs) || attempt == 600)
            {
                return runs;
            }

            await Task.Delay(100, Cancel);
        }
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddShowcaseSqliteGrainStorage(silo.Configuration[ConnectionStringKey]!).AddShowcaseGrains();
            silo.Services.Configure<TitleSweepOptions>(o => o.Interval = Interval);
            silo.Services.AddHostedService<TitleExpirySweeper>();
        }
    }
}
