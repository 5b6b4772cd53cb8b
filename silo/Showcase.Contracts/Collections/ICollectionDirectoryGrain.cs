using Orleans.Concurrency;
using Showcase.Common;

namespace Showcase.Collections;

/// <summary>
/// The ids of a tenant's collections (key: the tenant). An id is registered before its collection is created, so
/// a crash in between leaves an id without a collection, which listings skip, never a collection without an id.
/// A portal has tens of collections, not thousands: listings read each one.
/// </summary>
[Alias("showcase.collection-directory")]
public interface ICollectionDirectoryGrain : IGrainWithStringKey
{
    [Alias("register")]
    Task RegisterAsync(EntityId id);

    /// <summary>Drops the id of a deleted collection (listings skip it anyway).</summary>
    [Alias("forget")]
    Task ForgetAsync(EntityId id);

    [Alias("ids"), AlwaysInterleave]
    Task<IReadOnlyList<EntityId>> IdsAsync();
}
