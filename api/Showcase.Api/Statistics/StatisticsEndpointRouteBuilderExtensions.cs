using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Api.Transfers;

namespace Showcase.Api.Statistics;

public static class StatisticsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>GET /t/{tenant}/statistics.xlsx[?table={key}]</c>: every statistics table the person may see, or the one
    /// named, as a workbook. An organisers' table asked for by anyone else is refused like any organisers' page.
    /// </summary>
    public static IEndpointRouteBuilder MapShowcaseStatistics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/t/{tenant}/statistics.xlsx", (HttpContext http, PortalStatistics statistics) =>
            ExportResult.FileAsync(() => statistics.WorkbookAsync(http.Request.Query["table"].FirstOrDefault())));
        return endpoints;
    }
}
