using Orleans.Concurrency;
using Showcase.Common;

namespace Showcase.Listings;

/// <summary>
/// One tenant's listing of one kind (key <c>{tenant}/{kind}</c>, see <see cref="CatalogGrainFactoryExtensions"/>).
/// Entity grains mark an id pending before they write and record their entry after; pending ids are read back from
/// their grains when the directory activates, so the listing converges after a crash between the two. Recording is
/// written behind: the stored pending mark covers it until then.
/// </summary>
[Alias("showcase.catalog-directory")]
public interface ICatalogDirectoryGrain : IGrainWithStringKey
{
    [Alias("mark-pending")]
    Task MarkPendingAsync(EntityId id);

    /// <summary>
    /// Which of <paramref name="ids"/> may exist: those it lists, and those marked pending (whose grain may have been
    /// written just before a crash). An id outside both was never created, so a bulk check asks only these grains.
    /// </summary>
    [Alias("may-hold"), ReadOnly]
    Task<IReadOnlyList<EntityId>> MayHoldAsync(IReadOnlyList<EntityId> ids);

    /// <summary>Marks many ids pending in one write, before a bulk change (an import) saves them one by one.</summary>
    [Alias("mark-pending-many")]
    Task MarkPendingManyAsync(IReadOnlyList<EntityId> ids);

    /// <summary>Records an entry; one older than the entry held is ignored.</summary>
    [Alias("record")]
    Task RecordAsync(CatalogEntry entry);

    /// <summary>Drops a deleted draft's entry (and its pending mark).</summary>
    [Alias("forget")]
    Task ForgetAsync(EntityId id);

    /// <summary>A page of entries; refuses a take outside 1–100 or a cursor it did not make with <c>INVALID_PAGING</c>.</summary>
    [Alias("list"), ReadOnly]
    Task<CatalogPage> ListAsync(CatalogQuery query);

    /// <summary>The entries it lists of <paramref name="ids"/>, in that order (unknown ids left out): rows for search hits, without activating their entities.</summary>
    [Alias("find"), ReadOnly]
    Task<IReadOnlyList<CatalogEntry>> FindAsync(IReadOnlyList<EntityId> ids);

    /// <summary>How many entries that match the query (its paging ignored) are in each province; one spanning provinces counts in each.</summary>
    [Alias("count-by-province"), ReadOnly]
    Task<IReadOnlyDictionary<string, int>> CountByProvinceAsync(CatalogQuery query);

    /// <summary>What the public entries add up to, for the portal's statistics.</summary>
    [Alias("tally"), ReadOnly]
    Task<CatalogTally> TallyAsync();

    /// <summary>Entries whose demonstration title ran out before <paramref name="today"/> and are still in force.</summary>
    [Alias("list-expired"), ReadOnly]
    Task<IReadOnlyList<EntityId>> ListExpiredAsync(DateOnly today, IReadOnlyList<string> inForceStatuses);

    /// <summary>
    /// A stamp that changes whenever an entry does (this activation's id and its count of changes): a host that keeps
    /// something built from the entries (a matching roster) builds it again only when the stamp moved.
    /// </summary>
    [Alias("stamp"), ReadOnly]
    Task<string> StampAsync();

    /// <summary>Reads every pending id back from its grain.</summary>
    [Alias("reconcile")]
    Task ReconcileAsync();
}
