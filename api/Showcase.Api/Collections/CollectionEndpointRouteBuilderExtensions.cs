using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Api.Pictures;

namespace Showcase.Api.Collections;

public static class CollectionEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>GET /t/{tenant}/collection-exports/{id}/file</c>: a finished export's file; 404 while it runs or after an hour.
    /// <c>GET /t/{tenant}/collections/{id}/cases/{case}/pictures/{picture}[/thumbnail]</c>: a collected case's picture as
    /// the revision the collection pins names it.
    /// </summary>
    public static IEndpointRouteBuilder MapShowcaseCollectionExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/t/{tenant}/collection-exports/{exportId}/file", async (string exportId, CollectionService collections, CancellationToken cancellationToken) =>
            await collections.ExportedFileAsync(exportId, cancellationToken) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.Text("找不到这个导出文件：它可能还在生成，或已超过一小时被清理，请重新导出。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
        endpoints.MapGet("/t/{tenant}/collections/{id}/cases/{case}/pictures/{picture}", (string id, string @case, string picture, HttpContext http, CollectionService collections) =>
            PictureResults.ServeAsync(http, collections.CasePictureAsync(id, @case, picture, thumbnail: false, http.RequestAborted)));
        endpoints.MapGet("/t/{tenant}/collections/{id}/cases/{case}/pictures/{picture}/thumbnail", (string id, string @case, string picture, HttpContext http, CollectionService collections) =>
            PictureResults.ServeAsync(http, collections.CasePictureAsync(id, @case, picture, thumbnail: true, http.RequestAborted)));
        return endpoints;
    }
}
