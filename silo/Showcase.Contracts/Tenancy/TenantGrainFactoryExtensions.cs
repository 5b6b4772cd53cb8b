namespace Showcase.Tenancy;

public static class TenantGrainFactoryExtensions
{
    public static ITenantGrain GetTenant(this IGrainFactory grains, TenantId tenant) =>
        grains.GetGrain<ITenantGrain>(tenant.Value);

    public static ITenantRegistryGrain GetTenantRegistry(this IGrainFactory grains) =>
        grains.GetGrain<ITenantRegistryGrain>(TenantId.Platform.Value);
}
