using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Api.Listings;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Api.Transfers;

public static class TransferEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>GET /t/{tenant}/exports/{cases|factories|providers}?format=xlsx|csv&amp;layout=full|summary</c> plus the list
    /// pages' filters, and <c>GET /t/{tenant}/imports/template/{kind}</c>. Curators and tenant admins only.
    /// </summary>
    public static IEndpointRouteBuilder MapShowcaseTransfers(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/t/{tenant}/exports/{segment}", (string segment, HttpContext http, TransferService transfers) =>
            DownloadAsync(segment, kind =>
            {
                var query = http.Request.Query;
                var filter = CatalogFilterForm.FromQuery(name => query[name].FirstOrDefault()).ToQuery(100);
                return transfers.ExportAsync(kind, filter, query["layout"] == "summary", query["format"] == "csv");
            }));

        endpoints.MapGet("/t/{tenant}/imports/template/{segment}", (string segment, TransferService transfers) =>
            DownloadAsync(segment, kind => Task.FromResult(transfers.Template(kind))));
        return endpoints;
    }

    private static Task<IResult> DownloadAsync(string segment, Func<CatalogKind, Task<ExportFile>> make) =>
        PortalPaths.CatalogKindOf(segment) is { } kind ? ExportResult.FileAsync(() => make(kind)) : Task.FromResult(Results.NotFound());
}
