using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Api.Files;

public static class FileEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>GET /t/{tenant}/files/{id}</c> — an attached document under the name it was uploaded with, to whoever may
    /// read it (404 otherwise); <c>POST /t/{tenant}/files?for=bid/{challenge}/{provider}</c> (or <c>application/{call}/{applicant}</c>) — uploads one (multipart
    /// field <c>file</c>), answering its id for the mutation that attaches it. Programs send their access token; a
    /// browser's cookie counts only with the page's antiforgery token.
    /// </summary>
    public static IEndpointRouteBuilder MapShowcaseFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/t/{tenant}/files/{id}", DownloadAsync);
        endpoints.MapPost("/t/{tenant}/files", UploadAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string id, HttpContext http, IFileStore files, RequestTenant portal, IEnumerable<IAttachmentOwner> owners)
    {
        if (!EntityId.TryParse(id, out var fileId) || await files.DescribeAsync(portal.Id, fileId, http.RequestAborted) is not { } described
            || owners.FirstOrDefault(o => o.Handles(described.Owner)) is not { } owner || !await owner.MayReadAsync(described)
            || await files.ReadAsync(portal.Id, fileId, http.RequestAborted) is not { } file)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(file.Content, file.ContentType, file.Name ?? id);
    }

    private static Task<IResult> UploadAsync(HttpContext http, RequestTenant portal, IAntiforgery antiforgery, IEnumerable<IAttachmentOwner> owners) =>
        UploadRequests.CreatedAsync(http, antiforgery, "附件", async () =>
        {
            var target = http.Request.Query["for"].ToString();
            var owner = owners.FirstOrDefault(o => o.Handles(target))
                ?? throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("FileForMissing"), "for");
            var form = await UploadRequests.FormAsync(http, "附件");
            var upload = form.Files["file"] ?? throw new DomainException(ErrorCodes.Required, Sentence.Of("ChooseAFile"), "file");
            var attachment = await owner.UploadAsync(target, upload, http.RequestAborted);
            return new { id = attachment.Id.Value, attachment.Name, attachment.ContentType, attachment.Size, url = PortalPaths.Of(portal.Id).File(attachment.Id) };
        });
}
