using Showcase.Api.Listings;
using Showcase.Api.People;
using Showcase.Api.Scenarios;
using Showcase.Common;
using Showcase.Listings;
using Showcase.People;
using Showcase.Pictures;
using Showcase.Scenarios;

namespace Showcase.Api.Pictures;

/// <summary>
/// Who may upload and see an entity's pictures. Uploading takes someone who may change the entity (or, while it is
/// not created yet, who may write one). A picture is served to everyone once the entity shows it publicly, and
/// before that only to those who may manage the entity — or, while the entity does not exist, to its uploader.
/// </summary>
public sealed class PictureAccess(PictureService pictures, CatalogAccess catalog, ScenarioService scenarios)
{
    private static readonly Role[] Authors = [Role.Curator, Role.TenantAdmin, Role.EnterpriseMember, Role.ProviderMember];

    /// <summary>Processes and keeps a picture for <paramref name="owner"/>, which the current person may change or is creating.</summary>
    public async Task<Picture> UploadAsync(PictureOwner owner, byte[] upload, string? caption, string field, CancellationToken cancellationToken)
    {
        var user = catalog.Current.RequireAny("上传图片", Authors);
        if (await HolderAsync(owner) is { } holder)
        {
            if (!holder.MaySee)
            {
                throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchEntry", owner.Entity), "for");
            }

            if (!holder.MayChange)
            {
                throw CurrentUser.Forbidden("为它上传图片");
            }
        }

        return await pictures.UploadAsync(owner, upload, caption, field, user.Account.ToString(), cancellationToken);
    }

    /// <summary>A picture (or its thumbnail) as the current person may see it, or null when it does not exist for them.</summary>
    public async Task<ServedPicture?> ReadAsync(string id, bool thumbnail, CancellationToken cancellationToken)
    {
        if (!EntityId.TryParse(id, out var picture)
            || await pictures.ReadAsync(picture, thumbnail, cancellationToken) is not { } file
            || !PictureOwner.TryParse(file.Owner, out var owner))
        {
            return null;
        }

        var holder = await HolderAsync(owner);
        var isPublic = holder?.Public.Contains(picture) == true;
        var mayManage = holder is null
            ? file.UploadedBy is not null && file.UploadedBy == catalog.Current.User?.Account.ToString()
            : holder.MayChange;
        return isPublic || mayManage ? new ServedPicture(file.Content, file.ContentType, isPublic) : null;
    }

    /// <summary>What the owner shows publicly and what the current person may do with it; null when it does not exist.</summary>
    private async Task<Holder?> HolderAsync(PictureOwner owner)
    {
        if (owner.CatalogKind is not { } kind)
        {
            return await scenarios.FindAsync(owner.Entity.Value) is { } scenario
                ? new Holder(scenario.Status == ScenarioStatus.Published ? scenario.Content.Pictures : PictureSet.None, true, scenarios.CanEdit(scenario))
                : await scenarios.ExistsAsync(owner.Entity) ? new Holder(PictureSet.None, false, false) : null;
        }

        var snapshot = await catalog.Grains.GetCatalogSnapshotAsync(kind, catalog.Key(owner.Entity));
        return snapshot is null ? null : new Holder(snapshot.PublicPictures, catalog.CanSee(snapshot), catalog.CanManage(snapshot));
    }

    private sealed record Holder(PictureSet Public, bool MaySee, bool MayChange);
}
