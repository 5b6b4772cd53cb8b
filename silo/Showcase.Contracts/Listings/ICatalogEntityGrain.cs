using Orleans.Concurrency;
using Showcase.Audit;

namespace Showcase.Listings;

/// <summary>What every case, factory, pilot zone and provider grain offers the directory and the audit trail.</summary>
public interface ICatalogEntityGrain : IAuditedGrain
{
    /// <summary>The entity's listing line, or null when it was never created.</summary>
    /// <remarks>
    /// Interleaves so the directory can read it while reconciling even when this grain is waiting on the directory;
    /// it returns only what has been written, never a change in flight.
    /// </remarks>
    [Alias("get-entry"), AlwaysInterleave]
    Task<CatalogEntry?> GetEntryAsync();
}
