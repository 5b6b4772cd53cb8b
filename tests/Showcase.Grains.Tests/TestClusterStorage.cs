using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Showcase.Grains.Tests;

public static class TestClusterStorage
{
    /// <summary>The primary silo's grain storage, for tests that read or plant stored rows behind the grains' backs.</summary>
    public static IGrainStorage GrainStorage(this TestCluster cluster) =>
        ((InProcessSiloHandle)cluster.Primary!).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>("Default");
}
