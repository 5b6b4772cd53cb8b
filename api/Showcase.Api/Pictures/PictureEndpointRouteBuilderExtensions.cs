using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Api.Files;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Api.Pictures;

public static class PictureEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>GET /t/{tenant}/pictures/{id}[/thumbnail]</c> — a picture, to whoever may see it (404 otherwise);
    /// <c>POST /t/{tenant}/pictures?for=case/{id}</c> — uploads one (multipart field <c>file</c>, optional <c>caption</c>)
    /// for an entity the caller may change, answering its id for <c>setCasePictures</c>. Programs send their access
    /// token; a browser's cookie counts only with the page's antiforgery token, so no other site can upload in its name.
    /// </summary>
    public static IEndpointRouteBuilder MapShowcasePictures(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/t/{tenant}/pictures/{id}", (string id, HttpContext http, PictureAccess pictures) =>
            PictureResults.ServeAsync(http, pictures.ReadAsync(id, thumbnail: false, http.RequestAborted)));
        endpoints.MapGet("/t/{tenant}/pictures/{id}/thumbnail", (string id, HttpContext http, PictureAccess pictures) =>
            PictureResults.ServeAsync(http, pictures.ReadAsync(id, thumbnail: true, http.RequestAborted)));
        endpoints.MapPost("/t/{tenant}/pictures", UploadAsync).DisableAntiforgery();
        return endpoints;
    }

    private static Task<IResult> UploadAsync(HttpContext http, PictureAccess pictures, RequestTenant portal, IAntiforgery antiforgery) =>
        UploadRequests.CreatedAsync(http, antiforgery, "图片", async () =>
        {
            var form = await UploadRequests.FormAsync(http, "图片");
            if (!PictureOwner.TryParse(http.Request.Query["for"].ToString(), out var owner))
            {
                throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("PictureForMissing"), "for");
            }

            var file = form.Files["file"] ?? throw new DomainException(ErrorCodes.Required, Sentence.Of("ChooseAPicture"), "file");
            var picture = await pictures.UploadAsync(owner, await UploadedFiles.ReadAsync(file, PictureLimits.MaxBytes, "file", http.RequestAborted), form["caption"].FirstOrDefault(), "file", http.RequestAborted);
            var paths = PortalPaths.Of(portal.Id);
            return new { id = picture.Id.Value, picture.Width, picture.Height, picture.Caption, url = paths.Picture(picture.Id), thumbnailUrl = paths.Thumbnail(picture.Id) };
        });
}
