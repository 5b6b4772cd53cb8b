using Orleans.Concurrency;
using Showcase.Audit;

namespace Showcase.Tenancy;

/// <summary>
/// A tenant (organiser portal). Key: <c>{tenant}</c>, built with <see cref="TenantGrainFactoryExtensions.GetTenant"/>.
/// </summary>
[Alias("showcase.tenant")]
public interface ITenantGrain : IAuditedGrain
{
    /// <summary>Creates the tenant with this profile if it does not exist yet; an existing tenant is left as it is.</summary>
    [Alias("ensure-created")]
    Task<TenantSnapshot> EnsureCreatedAsync(TenantProfile profile);

    /// <summary>
    /// Creates the tenant. Repeating the same call returns it; an existing tenant with another profile is refused
    /// with <c>ALREADY_EXISTS</c>.
    /// </summary>
    [Alias("create")]
    Task<TenantSnapshot> CreateAsync(TenantProfile profile, Actor by);

    /// <summary>Replaces the profile of an existing tenant.</summary>
    [Alias("configure")]
    Task<TenantSnapshot> ConfigureAsync(TenantProfile profile, Actor by);

    /// <summary>
    /// Adds a line to the tenant's history for something done beyond its own state: on the platform tenant, a backup
    /// downloaded or a portal deleted. A tenant that does not exist is refused with <c>NOT_FOUND</c>.
    /// </summary>
    [Alias("record")]
    Task RecordAsync(string action, string detail, Actor by);

    /// <summary>The tenant, or <c>null</c> when no such tenant was ever created.</summary>
    [Alias("get"), ReadOnly]
    Task<TenantSnapshot?> GetAsync();
}
