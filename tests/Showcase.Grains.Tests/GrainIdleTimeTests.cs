using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using Orleans.Metadata;
using Orleans.TestingHost;
using Showcase.Grains.Scenarios;

namespace Showcase.Grains.Tests;

/// <summary>Every grain that holds state says how long it stays in memory unused, and Orleans takes it at its word.</summary>
public sealed class GrainIdleTimeTests(ClusterFixture fixture)
{
    [Fact]
    public void EveryGrainTypeThatHoldsState_HasAnExplicitIdleTime()
    {
        var grainTypes = typeof(ScenarioGrain).Assembly.GetTypes()
            .Where(t => typeof(Grain).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<GrainTypeAttribute>() is not null)
            .Where(t => t.GetCustomAttribute<StatelessWorkerAttribute>() is null)
            .ToList();

        Assert.True(grainTypes.Count > 20, $"only {grainTypes.Count} grain types found");
        Assert.Empty(grainTypes.Where(t => t.GetCustomAttribute<CollectionAgeLimitAttribute>() is null).Select(t => t.Name));
    }

    [Theory]
    [InlineData("case", IdleMinutes.Entity)]
    [InlineData("bid", IdleMinutes.Entity)]
    [InlineData("catalog-directory", IdleMinutes.Listing)]
    [InlineData("tenant", IdleMinutes.Small)]
    public void TheSilo_DeactivatesEachKindAfterItsIdleTime(string grainType, double minutes)
    {
        var resolver = ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredService<GrainPropertiesResolver>();

        var properties = resolver.GetGrainProperties(GrainType.Create(grainType));

        Assert.Equal(TimeSpan.FromMinutes(minutes), TimeSpan.Parse(properties.Properties[WellKnownGrainTypeProperties.IdleDeactivationPeriod], System.Globalization.CultureInfo.InvariantCulture));
    }
}
