using Orleans.Concurrency;

namespace Showcase.Tenancy;

/// <summary>
/// The platform's list of tenants and their host names, for platform admins and host-name routing.
/// One grain for the whole platform (key <c>platform</c>): tenants are few and change rarely, and the hosts
/// cache what they read from it. Tenant grains record themselves after every change and on activation.
/// </summary>
[Alias("showcase.tenant-registry")]
public interface ITenantRegistryGrain : IGrainWithStringKey
{
    [Alias("record")]
    Task RecordAsync(TenantSnapshot tenant);

    /// <summary>Every tenant, by id.</summary>
    [Alias("list"), ReadOnly]
    Task<IReadOnlyList<TenantSnapshot>> ListAsync();
}
