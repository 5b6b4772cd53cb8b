using Showcase.Jobs;
using Showcase.Tenancy;

namespace Showcase.Api.Collections;

/// <summary>
/// Where finished collection exports wait to be downloaded, for <see cref="JobTimes.Kept"/> after they were saved: in the
/// data folder on one machine (<see cref="FolderExportFiles"/>), in the cluster's PostgreSQL when hosts share one, so
/// any host serves them and a restart keeps them.
/// </summary>
public interface IExportFiles
{
    /// <summary>Keeps the file of a finished export (and forgets the files that have expired).</summary>
    Task SaveAsync(TenantId tenant, string exportId, byte[] content, CancellationToken cancellationToken);

    /// <summary>The file of an export of this tenant, or null when there is none or it has expired.</summary>
    Task<byte[]?> ReadAsync(TenantId tenant, string exportId, CancellationToken cancellationToken);
}
