using Showcase.Cases;
using Showcase.Common;
using Showcase.Factories;
using Showcase.Notifications;
using Showcase.People;
using Showcase.PilotZones;
using Showcase.Providers;
using Showcase.Tenancy;
using Showcase.Titles;

namespace Showcase.Listings;

public static class CatalogGrainFactoryExtensions
{
    public static ICaseGrain GetCase(this IGrainFactory grains, CatalogKey key) => grains.GetGrain<ICaseGrain>(key.ToString());

    public static IFactoryGrain GetFactory(this IGrainFactory grains, CatalogKey key) => grains.GetGrain<IFactoryGrain>(key.ToString());

    public static IPilotZoneGrain GetPilotZone(this IGrainFactory grains, CatalogKey key) => grains.GetGrain<IPilotZoneGrain>(key.ToString());

    public static IProviderGrain GetProvider(this IGrainFactory grains, CatalogKey key) => grains.GetGrain<IProviderGrain>(key.ToString());

    /// <summary>The grain of any catalog kind, as what the directory needs of it.</summary>
    public static ICatalogEntityGrain GetCatalogEntity(this IGrainFactory grains, CatalogKind kind, CatalogKey key) => kind switch
    {
        CatalogKind.Case => grains.GetCase(key),
        CatalogKind.Factory => grains.GetFactory(key),
        CatalogKind.PilotZone => grains.GetPilotZone(key),
        CatalogKind.Provider => grains.GetProvider(key),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The snapshot of a catalog entity of any kind, or null when it was never created (or is deleted).</summary>
    public static async Task<ICatalogSnapshot?> GetCatalogSnapshotAsync(this IGrainFactory grains, CatalogKind kind, CatalogKey key) => kind switch
    {
        CatalogKind.Case => await grains.GetCase(key).GetAsync(),
        CatalogKind.Factory => await grains.GetFactory(key).GetAsync(),
        CatalogKind.PilotZone => await grains.GetPilotZone(key).GetAsync(),
        CatalogKind.Provider => await grains.GetProvider(key).GetAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Which of <paramref name="ids"/> exist in the tenant's catalog of <paramref name="kind"/>. Only the grains the
    /// directory may hold are asked (see <see cref="ICatalogDirectoryGrain.MayHoldAsync"/>), so checking a file of new
    /// rows activates no entity grain.
    /// </summary>
    public static async Task<IReadOnlySet<EntityId>> ExistingAsync(this IGrainFactory grains, TenantId tenant, CatalogKind kind, IReadOnlyList<EntityId> ids)
    {
        var candidates = await grains.GetCatalogDirectory(tenant, kind).MayHoldAsync(ids);
        var existing = await Task.WhenAll(candidates.Select(async id =>
            await grains.GetCatalogEntity(kind, new CatalogKey(tenant, id)).GetEntryAsync() is null ? (EntityId?)null : id));
        return existing.OfType<EntityId>().ToHashSet();
    }

    /// <summary>The titled grain (factory or pilot zone) of a kind that carries a demonstration title.</summary>
    public static ITitledGrain GetTitled(this IGrainFactory grains, CatalogKind kind, CatalogKey key) => kind switch
    {
        CatalogKind.Factory => grains.GetFactory(key),
        CatalogKind.PilotZone => grains.GetPilotZone(key),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only factories and pilot zones carry a demonstration title."),
    };

    /// <summary>The tenant's listing of one kind: key <c>{tenant}/{kind}</c>.</summary>
    public static ICatalogDirectoryGrain GetCatalogDirectory(this IGrainFactory grains, TenantId tenant, CatalogKind kind) =>
        grains.GetGrain<ICatalogDirectoryGrain>(new CatalogDirectoryKey(tenant, kind).ToString());

    public static INotificationInboxGrain GetNotificationInbox(this IGrainFactory grains, AccountKey account) =>
        grains.GetGrain<INotificationInboxGrain>(account.ToString());

    public static string KindSegment(CatalogKind kind) => kind switch
    {
        CatalogKind.PilotZone => "pilot-zone",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static CatalogKind ParseKindSegment(string segment) =>
        Enum.GetValues<CatalogKind>().Single(k => KindSegment(k) == segment);
}
