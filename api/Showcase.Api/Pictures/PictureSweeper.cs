using Showcase.Api.Files;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Pictures;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Api.Pictures;

/// <summary>
/// Forgets the pictures nothing names any more: those of deleted drafts, those uploaded for an entity that was never
/// saved, and those taken off an entity without revisions. A case keeps every picture any of its revisions names, so
/// its history still shows them. Only files older than the grace period are looked at, so a form being filled in
/// keeps the pictures it has uploaded but not yet saved.
/// </summary>
public sealed class PictureSweeper(IFileStore files, IGrainFactory grains)
{
    /// <summary>Deletes one portal's unnamed pictures saved before <paramref name="before"/>; answers how many files went.</summary>
    public async Task<int> SweepAsync(TenantId tenant, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var named = new Dictionary<string, IReadOnlySet<EntityId>>();
        var deleted = 0;
        await foreach (var file in files.ListAsync(tenant, before, cancellationToken))
        {
            if (!PictureOwner.TryParse(file.Owner, out var owner))
            {
                continue;
            }

            if (!named.TryGetValue(file.Owner, out var pictures))
            {
                named[file.Owner] = pictures = await NamedByAsync(tenant, owner);
            }

            var picture = file.Id.Value.EndsWith("-t", StringComparison.Ordinal) ? EntityId.Parse(file.Id.Value[..^2]) : file.Id;
            if (!pictures.Contains(picture))
            {
                await files.DeleteAsync(tenant, file.Id, cancellationToken);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Every picture the owner names anywhere it keeps: each revision of a case, the profile or content of the rest; none when it is gone.</summary>
    private async Task<IReadOnlySet<EntityId>> NamedByAsync(TenantId tenant, PictureOwner owner)
    {
        var key = new CatalogKey(tenant, owner.Entity);
        IEnumerable<PictureSet> sets = owner.CatalogKind switch
        {
            null => [(await grains.GetScenario(new ScenarioKey(tenant, owner.Entity)).GetAsync())?.Content.Pictures ?? PictureSet.None],
            CatalogKind.Case => (await grains.GetCase(key).GetRevisionsAsync()).Select(r => r.Content.Pictures),
            { } kind => [(await grains.GetCatalogSnapshotAsync(kind, key))?.LatestPictures ?? PictureSet.None],
        };
        return sets.SelectMany(s => s.All).Select(p => p.Id).ToHashSet();
    }
}
