using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Api.Files;

/// <summary>
/// Where uploaded pictures and files are kept, by portal and id: the data folder on one machine
/// (<see cref="FolderFileStore"/>), the cluster's PostgreSQL when hosts share one. A file is written whole or not at
/// all, and never changed after: a new upload is a new id, so a published revision keeps the files it names.
/// An object store can be added behind this interface.
/// </summary>
public interface IFileStore
{
    /// <summary>Keeps <paramref name="file"/> under <paramref name="id"/>; saving the same id again replaces it (a retried upload).</summary>
    Task SaveAsync(TenantId tenant, EntityId id, StoredFile file, CancellationToken cancellationToken);

    /// <summary>The file, or null when this portal has none with that id.</summary>
    Task<StoredFile?> ReadAsync(TenantId tenant, EntityId id, CancellationToken cancellationToken);

    /// <summary>What is known of the file without its content (cheap for a 20 MB document), or null when this portal has none with that id.</summary>
    Task<StoredFileEntry?> DescribeAsync(TenantId tenant, EntityId id, CancellationToken cancellationToken);

    /// <summary>Forgets the file; forgetting one already gone does nothing.</summary>
    Task DeleteAsync(TenantId tenant, EntityId id, CancellationToken cancellationToken);

    /// <summary>The files of a portal saved before <paramref name="before"/>, described: what the sweeper checks.</summary>
    IAsyncEnumerable<StoredFileEntry> ListAsync(TenantId tenant, DateTimeOffset before, CancellationToken cancellationToken);
}
