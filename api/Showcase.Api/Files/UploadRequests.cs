using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Showcase.Common;

namespace Showcase.Api.Files;

/// <summary>
/// What the picture and document upload endpoints share: who may post (a program with its access token, a page with
/// its antiforgery token, so no other site uploads in someone's name), reading the multipart form, and answering
/// <c>201</c> with what was kept or a refusal as its sentences with the status its code calls for.
/// </summary>
public static class UploadRequests
{
    /// <summary>Runs <paramref name="keep"/> for an allowed post; <paramref name="noun"/> (图片, 附件) names what is uploaded in refusals.</summary>
    public static async Task<IResult> CreatedAsync(HttpContext http, IAntiforgery antiforgery, string noun, Func<Task<object>> keep)
    {
        try
        {
            if (!await PageOrToken.IsAllowedAsync(http, antiforgery))
            {
                throw new DomainException(ErrorCodes.Forbidden, Sentence.Of("UploadFromPage", noun));
            }

            return Results.Json(await keep(), statusCode: StatusCodes.Status201Created);
        }
        catch (DomainException ex)
        {
            return Results.Json(
                new { errors = ex.Errors.Select(e => new { e.Message, extensions = new { e.Code, e.Field } }) },
                statusCode: DomainErrorStatus.Of(ex.Code));
        }
    }

    /// <summary>The posted multipart form; <c>REQUIRED</c> (naming <c>file</c>) when the post is no form.</summary>
    public static async Task<IFormCollection> FormAsync(HttpContext http, string noun) =>
        http.Request.HasFormContentType
            ? await http.Request.ReadFormAsync(http.RequestAborted)
            : throw new DomainException(ErrorCodes.Required, Sentence.Of("UploadAsMultipart", noun), "file");
}
