using Orleans.Concurrency;
using Showcase.Audit;

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

    /// <summary>Takes a deleted tenant off the list and keeps its id as deleted; a later record of it is ignored.</summary>
    [Alias("forget")]
    Task ForgetAsync(TenantSnapshot tenant, Actor by);

    /// <summary>Every deleted tenant, most recently deleted first.</summary>
    [Alias("deleted"), ReadOnly]
    Task<IReadOnlyList<DeletedTenant>> DeletedAsync();

    /// <summary>Notes that nothing of a deleted tenant's data is left; true for the call that noted it first.</summary>
    [Alias("mark-purged")]
    Task<bool> MarkPurgedAsync(TenantId tenant, DateTimeOffset at);

    /// <summary>Every tenant, by id.</summary>
    [Alias("list"), ReadOnly]
    Task<IReadOnlyList<TenantSnapshot>> ListAsync();
}
