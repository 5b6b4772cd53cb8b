using Showcase.Tenancy;

namespace Showcase.Scenarios;

public static class ScenarioGrainFactoryExtensions
{
    public static IScenarioGrain GetScenario(this IGrainFactory grains, ScenarioKey key) =>
        grains.GetGrain<IScenarioGrain>(key.ToString());

    public static IScenarioDirectoryGrain GetScenarioDirectory(this IGrainFactory grains, TenantId tenant) =>
        grains.GetGrain<IScenarioDirectoryGrain>(tenant.Value);
}
