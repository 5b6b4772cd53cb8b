using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Api.Transfers;
using Showcase.Common;

namespace Showcase.Api.Backups;

public static class BackupEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>POST /t/{tenant}/backups</c>: a platform admin's backup of the whole installation as a .zip download, from the
    /// page (with its antiforgery token; <c>withoutKeys=true</c> leaves the data-protection keys out) or from a script
    /// with a platform admin's access token.
    /// </summary>
    public static IEndpointRouteBuilder MapShowcaseBackups(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/t/{tenant}/backups", (HttpContext http, IAntiforgery antiforgery, BackupService backups) =>
            ExportResult.StreamAsync(async () =>
            {
                if (!await PageOrToken.IsAllowedAsync(http, antiforgery))
                {
                    throw new DomainException(ErrorCodes.Forbidden, Sentence.Of("BackupFromPage"));
                }

                var withoutKeys = http.Request.HasFormContentType && (await http.Request.ReadFormAsync(http.RequestAborted))["withoutKeys"] == "true";
                var backup = await backups.CreateAsync(!withoutKeys, http.RequestAborted);
                return new ExportStream(backup.FileName, "application/zip", backup.Content);
            })).DisableAntiforgery();
        return endpoints;
    }
}
