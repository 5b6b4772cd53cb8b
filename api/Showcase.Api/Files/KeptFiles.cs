using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Files;

namespace Showcase.Api.Files;

/// <summary>
/// Documents uploaded for an owner, described by id without reading them: what a form shows for files it ticked on
/// an earlier, refused post (<see cref="Attachments.UploadedForAsync"/> in the request's portal).
/// </summary>
public sealed class KeptFiles(IFileStore files, RequestTenant tenant)
{
    public Task<IReadOnlyList<Attachment>> UploadedForAsync(string owner, IEnumerable<EntityId> ids, CancellationToken cancellationToken) =>
        Attachments.UploadedForAsync(files, tenant.Id, owner, ids, cancellationToken);
}
