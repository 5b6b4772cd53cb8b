using Showcase.Api.Challenges;
using Showcase.Api.Pictures;
using Showcase.Api.Programs;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Pictures;
using Showcase.Programs;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Api.Files;

/// <summary>
/// Forgets the pictures and documents nothing names any more: pictures of deleted drafts, uploaded for an entity that
/// was never saved, or taken off an entity without revisions; a bid's or an application's documents it no longer
/// attaches, or never did. A case keeps every picture any of its revisions names, so its history still shows them. Only files older than
/// the grace period are looked at, so a form being filled in keeps what it has uploaded but not yet saved.
/// </summary>
public sealed class FileSweeper(IFileStore files, IGrainFactory grains)
{
    /// <summary>Deletes one portal's unnamed files saved before <paramref name="before"/>; answers how many went.</summary>
    public async Task<int> SweepAsync(TenantId tenant, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var named = new Dictionary<string, IReadOnlySet<EntityId>?>();
        var deleted = 0;
        await foreach (var file in files.ListAsync(tenant, before, cancellationToken))
        {
            if (!named.TryGetValue(file.Owner, out var kept))
            {
                named[file.Owner] = kept = await NamedByAsync(tenant, file.Owner);
            }

            var id = file.Id.Value.EndsWith("-t", StringComparison.Ordinal) ? EntityId.Parse(file.Id.Value[..^2]) : file.Id;
            if (kept is not null && !kept.Contains(id))
            {
                await files.DeleteAsync(tenant, file.Id, cancellationToken);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Every file the owner names anywhere it keeps them (none when it is gone); null for an owner of a kind this does not know, whose files stay.</summary>
    private async Task<IReadOnlySet<EntityId>?> NamedByAsync(TenantId tenant, string owner)
    {
        if (PictureOwner.TryParse(owner, out var pictures))
        {
            return await PicturesNamedByAsync(tenant, pictures);
        }

        if (BidFiles.TryParseOwner(owner, out var challenge, out var provider))
        {
            var bid = await grains.GetBid(new ChallengeKey(tenant, challenge), provider).GetAsync();
            return (bid?.Content.Files ?? []).Select(f => f.Id).ToHashSet();
        }

        if (ApplicationFiles.TryParseOwner(owner, out var call, out var applicant))
        {
            var application = await grains.GetProgramApplication(new ProgramApplicationKey(new ProgramCallKey(tenant, call), applicant)).GetAsync();
            return (application?.Content.AllFiles ?? []).Select(f => f.Id).ToHashSet();
        }

        return null;
    }

    /// <summary>Every picture the owner names: each revision of a case, the profile or content of the rest.</summary>
    private async Task<IReadOnlySet<EntityId>> PicturesNamedByAsync(TenantId tenant, PictureOwner owner)
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
