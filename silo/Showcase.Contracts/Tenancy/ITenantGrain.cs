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
    /// Schedules the portal's deletion, to be confirmed once <paramref name="grace"/> has passed and cancelled until it
    /// is. Scheduling again keeps the first due time. The platform portal cannot be deleted.
    /// </summary>
    [Alias("schedule-deletion")]
    Task<TenantSnapshot> ScheduleDeletionAsync(TimeSpan grace, Actor by);

    /// <summary>Cancels a scheduled deletion; cancelling one not scheduled does nothing.</summary>
    [Alias("cancel-deletion")]
    Task<TenantSnapshot> CancelDeletionAsync(Actor by);

    /// <summary>
    /// Deletes the portal once its scheduled deletion is due (<c>INVALID_TRANSITION</c> before, or when none is
    /// scheduled): the registry keeps its id as deleted, the portal answers as not found from then on, and the
    /// platform's purge erases its data. Returns what was deleted; deleting again returns null.
    /// </summary>
    [Alias("delete")]
    Task<TenantSnapshot?> DeleteAsync(Actor by);

    /// <summary>
    /// Adds a line to the tenant's history for something done beyond its own state: on the platform tenant, a backup
    /// downloaded or a portal deleted. A tenant that does not exist is refused with <c>NOT_FOUND</c>.
    /// </summary>
    [Alias("record")]
    Task RecordAsync(string action, string detail, Actor by);

    /// <summary>Reads the tenant again from storage (a portal import wrote it there) and records it in the registry.</summary>
    [Alias("reload")]
    Task<TenantSnapshot?> ReloadAsync();

    /// <summary>The tenant, or <c>null</c> when no such tenant was ever created.</summary>
    [Alias("get"), ReadOnly]
    Task<TenantSnapshot?> GetAsync();
}
