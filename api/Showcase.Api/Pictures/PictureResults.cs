using Microsoft.AspNetCore.Http;

namespace Showcase.Api.Pictures;

public static class PictureResults
{
    /// <summary>Browsers keep a public picture for a year (a picture never changes: a new one is a new id); shared caches ask again after a day, so a withdrawn case's pictures leave them.</summary>
    private const string PublicCache = "public, max-age=31536000, s-maxage=86400, immutable";

    /// <summary>The picture with the caching its audience allows, or 404 that nothing keeps.</summary>
    public static async Task<IResult> ServeAsync(HttpContext http, Task<ServedPicture?> read)
    {
        if (await read is not { } picture)
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text("找不到这张图片。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        http.Response.Headers.CacheControl = picture.IsPublic ? PublicCache : "private, max-age=3600";
        return Results.File(picture.Content, picture.ContentType);
    }
}
