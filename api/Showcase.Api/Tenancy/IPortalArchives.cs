using Showcase.Api.Transfers;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

/// <summary>
/// One portal taken out of an installation as one archive, and put into another as a new portal with its ids kept.
/// </summary>
public interface IPortalArchives
{
    /// <summary>The portal's archive: every entity's state with its history, accounts without secrets, the kept files, a manifest.</summary>
    Task<ExportStream> ExportAsync(TenantId tenant, CancellationToken cancellationToken);

    /// <summary>
    /// Imports an archive as the portal it names. Importing the same archive again writes nothing; an archive cut
    /// short or changed, another portal with its id, or a deleted id is refused with <c>INVALID_VALUE</c> or
    /// <c>ALREADY_EXISTS</c> and writes nothing.
    /// </summary>
    Task<PortalImportResult> ImportAsync(Stream archive, CancellationToken cancellationToken);
}

/// <summary>What an import did: the portal, how many states and files it wrote, and how many it found already there.</summary>
public sealed record PortalImportResult(TenantId Tenant, string Name, int StatesWritten, int StatesKept, int FilesWritten, int FilesKept);
