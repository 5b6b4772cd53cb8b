using Microsoft.AspNetCore.Http;
using Showcase.Api.Files;
using Showcase.Api.Pictures;
using Showcase.Common;

namespace Showcase.Web.Pictures;

/// <summary>The picture files posted with an entity's form, uploaded for it and added to the form's pictures.</summary>
public static class PictureUploads
{
    /// <summary>Most new files one save takes, so a post stays within the request size.</summary>
    public const int PerSave = 6;

    /// <summary>
    /// Uploads the new cover and gallery files posted with <c>Form.Pictures</c> for the entity <paramref name="entity"/>
    /// (its owner made by <paramref name="owner"/>) and adds them to <paramref name="form"/>; answers one error per
    /// refused file, naming it, and keeps the rest.
    /// </summary>
    public static async Task<IReadOnlyList<DomainError>> AddAsync(
        PictureForm form, HttpContext http, Func<EntityId, PictureOwner> owner, string entity, PictureAccess pictures)
    {
        const string prefix = "Form.Pictures";
        if (!EntityId.TryParse(entity, out var id))
        {
            return [DomainMessages.Error(ErrorCodes.InvalidId, "pictures", "FormExpired")];
        }

        var request = http.Request;
        var cancellationToken = http.RequestAborted;
        var files = request.HasFormContentType ? request.Form.Files : null;
        var cover = files?.GetFile($"{prefix}.NewCover") is { Length: > 0 } posted ? posted : null;
        var gallery = files?.GetFiles($"{prefix}.NewGallery").Where(f => f.Length > 0).ToArray() ?? [];
        if ((cover is null ? 0 : 1) + gallery.Length > PerSave)
        {
            return [DomainMessages.Error(ErrorCodes.TooMany, "pictures", "TooManyPictures", PerSave)];
        }

        var errors = new List<DomainError>();
        if (cover is not null && await UploadAsync(cover) is { } newCover)
        {
            (form.Cover, form.RemoveCover) = (newCover.Value, false);
        }

        foreach (var file in gallery)
        {
            if (await UploadAsync(file) is { } added)
            {
                form.Gallery = [.. form.Gallery, added.Value];
            }
        }

        return errors;

        async Task<EntityId?> UploadAsync(IFormFile file)
        {
            try
            {
                var bytes = await UploadedFiles.ReadAsync(file, PictureLimits.MaxBytes, "pictures", cancellationToken);
                return (await pictures.UploadAsync(owner(id), bytes, null, "pictures", cancellationToken)).Id;
            }
            catch (DomainException ex)
            {
                errors.AddRange(ex.Errors.Select(e => e with { Message = $"“{file.FileName}”：{e.Message}", Field = "pictures" }));
                return null;
            }
        }
    }
}
