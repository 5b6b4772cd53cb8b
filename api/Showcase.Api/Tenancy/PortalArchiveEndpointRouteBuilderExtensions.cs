using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Api.Files;
using Showcase.Api.Transfers;
using Showcase.Common;

namespace Showcase.Api.Tenancy;

public static class PortalArchiveEndpointRouteBuilderExtensions
{
    private const string Noun = "门户归档";

    /// <summary>
    /// <c>POST /t/{tenant}/portal-exports/{id}</c>: a portal's archive as a .zip download; <c>POST /t/{tenant}/portal-imports</c>:
    /// an archive (multipart field <c>file</c>) imported as a new portal, answered <c>201</c> with what was written.
    /// Both for platform admins, from the pages (antiforgery token) or from scripts (access token).
    /// </summary>
    public static IEndpointRouteBuilder MapShowcasePortalArchives(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/t/{tenant}/portal-exports/{id}", (string id, HttpContext http, IAntiforgery antiforgery, PortalArchiveService archives) =>
            ExportResult.StreamAsync(async () =>
            {
                return await PageOrToken.IsAllowedAsync(http, antiforgery)
                    ? await archives.ExportAsync(id, http.RequestAborted)
                    : throw new DomainException(ErrorCodes.Forbidden, Sentence.Of("ExportFromPage"));
            })).DisableAntiforgery();
        endpoints.MapPost("/t/{tenant}/portal-imports", (HttpContext http, IAntiforgery antiforgery, PortalArchiveService archives) =>
            UploadRequests.CreatedAsync(http, antiforgery, Noun, async () =>
            {
                var upload = (await UploadRequests.FormAsync(http, Noun)).Files["file"]
                    ?? throw new DomainException(ErrorCodes.Required, Sentence.Of("ChooseAFile"), "file");
                await using var archive = upload.OpenReadStream();
                return await archives.ImportAsync(archive, http.RequestAborted);
            })).DisableAntiforgery();
        return endpoints;
    }
}
