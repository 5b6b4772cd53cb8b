using Showcase.Api.Files;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Pictures;
using Showcase.Tenancy;

namespace Showcase.Api.Pictures;

/// <summary>
/// Keeps pictures for their entities: an upload is checked and processed (<see cref="PictureProcessor"/>) and kept as
/// a new file owned by its entity; a saved entity names its pictures by id, and only pictures uploaded for it can be
/// named. Who may upload and see them is <see cref="PictureAccess"/>'s to decide.
/// </summary>
public sealed class PictureService(IFileStore files, RequestTenant tenant)
{
    /// <summary>The id its thumbnail is kept under.</summary>
    public static EntityId ThumbnailOf(EntityId picture) => EntityId.Parse($"{picture}-t");

    /// <summary>Processes and keeps a picture for <paramref name="owner"/>, uploaded by <paramref name="uploadedBy"/>.</summary>
    public async Task<Picture> UploadAsync(PictureOwner owner, byte[] upload, string? caption, string field, string uploadedBy, CancellationToken cancellationToken)
    {
        var processed = PictureProcessor.Process(upload, field);
        var id = EntityId.New();
        await KeepAsync(files, tenant.Id, id, processed, owner, uploadedBy, cancellationToken);
        return new Picture(id, processed.Width, processed.Height, caption);
    }

    /// <summary>Keeps a processed picture's two files, the thumbnail first, so a picture whose display file is there is whole.</summary>
    public static async Task KeepAsync(
        IFileStore files, TenantId tenant, EntityId id, ProcessedPicture picture, PictureOwner owner, string? uploadedBy, CancellationToken cancellationToken)
    {
        await files.SaveAsync(tenant, ThumbnailOf(id), new StoredFile(picture.ContentType, picture.Thumbnail, owner.ToString(), UploadedBy: uploadedBy), cancellationToken);
        await files.SaveAsync(tenant, id, new StoredFile(picture.ContentType, picture.Display, owner.ToString(), UploadedBy: uploadedBy), cancellationToken);
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

            if (await files.ReadAsync(tenant.Id, picture.Id, cancellationToken) is { } file && file.Owner == owner.ToString())
            {
                var (width, height) = PictureProcessor.SizeOf(file.Content);
                return picture with { Width = width, Height = height };
            }

            errors.Add(new DomainError(ErrorCodes.NotFound, Sentence.Of("NoSuchPicture", picture.Id), field));
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

    /// <summary>A kept picture's file (or its thumbnail's), whoever asks.</summary>
    public Task<StoredFile?> ReadAsync(EntityId picture, bool thumbnail, CancellationToken cancellationToken) =>
        files.ReadAsync(tenant.Id, thumbnail ? ThumbnailOf(picture) : picture, cancellationToken);
}
