using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Files;

namespace Showcase.Api.Files;

/// <summary>
/// Documents uploaded for an owner, described by id without reading them: what a form shows for files it ticked on
/// an earlier, refused post. Ids of files uploaded for anything else are left out, so no other name is revealed.
/// </summary>
public sealed class KeptFiles(IFileStore files, RequestTenant tenant)
{
    public async Task<IReadOnlyList<Attachment>> UploadedForAsync(string owner, IEnumerable<EntityId> ids, CancellationToken cancellationToken)
    {
        var kept = new List<Attachment>();
        foreach (var id in ids.Distinct())
        {
            if (await files.DescribeAsync(tenant.Id, id, cancellationToken) is { } file && file.Owner == owner)
            {
                kept.Add(Attachments.Described(file));
            }
        }

        return kept;
    }
}
