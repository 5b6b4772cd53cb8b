using Microsoft.Extensions.Options;
using Showcase.Api.People;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

/// <summary>
/// A platform admin deletes a portal in two steps: schedule (typing its id), then, after the grace period, confirm
/// (typing it again). Each step is a line in the platform's history; the platform's purge erases the data after.
/// </summary>
public sealed class PortalDeletionService(IGrainFactory grains, CurrentUser current, TenantDirectory directory, IOptions<PortalDeletionOptions> options)
{
    public const string Scheduled = "安排删除门户";
    public const string Cancelled = "取消删除门户";
    public const string Deleted = "删除门户";
    public const string Purged = "清除门户数据";

    public TimeSpan Grace => options.Value.Grace;

    /// <summary>The portal to delete, or <c>NOT_FOUND</c>.</summary>
    public async Task<TenantSnapshot> FindAsync(string id)
    {
        current.RequirePlatformAdmin(Deleted);
        return TenantId.TryParse(id, out var tenant) && !tenant.IsPlatform && await grains.GetTenant(tenant).GetAsync() is { } found
            ? found
            : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchPortal", id), "id");
    }

    public async Task<TenantSnapshot> ScheduleAsync(string id, string? typedId)
    {
        var portal = await ConfirmedAsync(id, typedId);
        var scheduled = await grains.GetTenant(portal.Id).ScheduleDeletionAsync(options.Value.Grace, current.AsActor);
        await RecordAsync(Scheduled, portal);
        return scheduled;
    }

    public async Task<TenantSnapshot> CancelAsync(string id)
    {
        var portal = await FindAsync(id);
        var cancelled = await grains.GetTenant(portal.Id).CancelDeletionAsync(current.AsActor);
        await RecordAsync(Cancelled, portal);
        return cancelled;
    }

    /// <summary>Deletes a portal whose scheduled deletion is due; its data is erased by the purge shortly after.</summary>
    public async Task DeleteAsync(string id, string? typedId)
    {
        var portal = await ConfirmedAsync(id, typedId);
        if (await grains.GetTenant(portal.Id).DeleteAsync(current.AsActor) is not null)
        {
            directory.Forget(portal.Id);
            await RecordAsync(Deleted, portal);
        }
    }

    public async Task<IReadOnlyList<DeletedTenant>> DeletedAsync()
    {
        current.RequirePlatformAdmin(Deleted);
        return await grains.GetTenantRegistry().DeletedAsync();
    }

    private async Task<TenantSnapshot> ConfirmedAsync(string id, string? typedId)
    {
        var portal = await FindAsync(id);
        return string.Equals(typedId?.Trim(), portal.Id.Value, StringComparison.Ordinal)
            ? portal
            : throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("TypeIdToConfirm", portal.Id), "confirm");
    }

    private Task RecordAsync(string action, TenantSnapshot portal) =>
        grains.GetTenant(TenantId.Platform).RecordAsync(action, $"{portal.Id} · {portal.Profile.Name}", current.AsActor);
}
