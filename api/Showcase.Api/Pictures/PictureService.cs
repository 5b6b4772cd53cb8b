using Showcase.Api.Files;
using Showcase.Api.Listings;
using Showcase.Common;
using Showcase.Listings;
using Showcase.People;
using Showcase.Pictures;

namespace Showcase.Api.Pictures;

/// <summary>
/// The pictures of catalog entities. An upload is checked and processed (<see cref="PictureProcessor"/>) and kept as a
/// new file owned by its entity; a saved entity names its pictures by id, and only pictures uploaded for it can be
/// named. A picture is served to everyone once the entity's public revision shows it, and before that only to those
/// who may manage the entity — or, while the entity is not yet created, to whoever uploaded it.
/// </summary>
public sealed class PictureService(IFileStore files, CatalogAccess access)
{
    private static readonly Role[] Authors = [Role.Curator, Role.TenantAdmin, Role.EnterpriseMember, Role.ProviderMember];

    /// <summary>The id its thumbnail is kept under.</summary>
    public static EntityId ThumbnailOf(EntityId picture) => EntityId.Parse($"{picture}-t");

    /// <summary>Processes and keeps a picture for <paramref name="owner"/>, which the current person may change or is creating.</summary>
    public async Task<Picture> UploadAsync(PictureOwner owner, byte[] upload, string? caption, string field, CancellationToken cancellationToken)
    {
        var by = await RequireMayChangeAsync(owner);
        var processed = PictureProcessor.Process(upload, field);
        var id = EntityId.New();
        var tenant = access.Key(id).Tenant;
        await files.SaveAsync(tenant, ThumbnailOf(id), new StoredFile(processed.ContentType, processed.Thumbnail, owner.ToString(), UploadedBy: by), cancellationToken);
        await files.SaveAsync(tenant, id, new StoredFile(processed.ContentType, processed.Display, owner.ToString(), UploadedBy: by), cancellationToken);
        return new Picture(id, processed.Width, processed.Height, caption);
    }

    /// <summary>
    /// The pictures to save for <paramref name="owner"/>: each one either already its own (<paramref name="current"/>) or
    /// uploaded for it; sizes come from what is kept, never from the request. Refuses every other id, naming it.
    /// </summary>
    public async Task<PictureSet> ResolveAsync(PictureOwner owner, PictureSet wanted, PictureSet current, CancellationToken cancellationToken = default)
    {
        var errors = new List<DomainError>();
        async Task<Picture?> ResolveOneAsync(Picture picture, string field)
        {
            if (current.Find(picture.Id) is { } kept)
            {
                return kept with { Caption = picture.Caption };
            }

            if (await files.ReadAsync(access.Key(picture.Id).Tenant, picture.Id, cancellationToken) is { } file && file.Owner == owner.ToString())
            {
                var (width, height) = PictureProcessor.SizeOf(file.Content);
                return picture with { Width = width, Height = height };
            }

            errors.Add(new DomainError(ErrorCodes.NotFound, $"找不到编号为“{picture.Id}”的图片：请先为它上传图片，再把图片加进来。", field));
            return null;
        }

        var cover = wanted.Cover is { } wantedCover ? await ResolveOneAsync(wantedCover, "pictures.cover") : null;
        var gallery = new List<Picture>();
        foreach (var picture in wanted.Gallery)
        {
            if (await ResolveOneAsync(picture, "pictures.gallery") is { } resolved)
            {
                gallery.Add(resolved);
            }
        }

        return errors.Count > 0 ? throw new DomainException(errors) : new PictureSet(cover, gallery);
    }

    /// <summary>The pictures as they are when <paramref name="keep"/>, else <see cref="ResolveAsync"/>.</summary>
    public async Task<PictureSet> KeepOrResolveAsync(PictureOwner owner, PictureSet wanted, PictureSet current, bool keep) =>
        keep ? current : await ResolveAsync(owner, wanted, current);

    /// <summary>A picture (or its thumbnail) as the current person may see it, or null when it does not exist for them.</summary>
    public async Task<ServedPicture?> ReadAsync(string id, bool thumbnail, CancellationToken cancellationToken)
    {
        if (!EntityId.TryParse(id, out var picture)
            || await files.ReadAsync(access.Key(picture).Tenant, thumbnail ? ThumbnailOf(picture) : picture, cancellationToken) is not { } file
            || !PictureOwner.TryParse(file.Owner, out var owner))
        {
            return null;
        }

        var snapshot = await SnapshotAsync(owner);
        var isPublic = snapshot?.PublicPictures.Contains(picture) == true;
        var mayManage = snapshot is null
            ? file.UploadedBy is not null && file.UploadedBy == access.Current.User?.Account.ToString()
            : access.CanManage(snapshot);
        return isPublic || mayManage ? new ServedPicture(file.Content, file.ContentType, isPublic) : null;
    }

    private async Task<string> RequireMayChangeAsync(PictureOwner owner)
    {
        var user = access.Current.RequireAny("上传图片", Authors);
        if (await SnapshotAsync(owner) is { } snapshot)
        {
            if (!access.CanSee(snapshot))
            {
                throw new DomainException(ErrorCodes.NotFound, $"找不到编号为“{owner.Entity}”的条目。", "for");
            }

            access.RequireManager(snapshot, "为它上传图片");
        }

        return user.Account.ToString();
    }

    private async Task<ICatalogSnapshot?> SnapshotAsync(PictureOwner owner)
    {
        var key = access.Key(owner.Entity);
        return owner.Kind switch
        {
            CatalogKind.Case => await access.Grains.GetCase(key).GetAsync(),
            CatalogKind.Factory => await access.Grains.GetFactory(key).GetAsync(),
            CatalogKind.PilotZone => await access.Grains.GetPilotZone(key).GetAsync(),
            CatalogKind.Provider => await access.Grains.GetProvider(key).GetAsync(),
            _ => null,
        };
    }
}
