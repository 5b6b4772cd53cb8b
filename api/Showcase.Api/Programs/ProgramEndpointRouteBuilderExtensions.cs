using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Api.Transfers;

namespace Showcase.Api.Programs;

public static class ProgramEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>GET /t/{tenant}/programs/{call}/summary[?recommender=]</c> — the 汇总表 (xlsx); <c>GET
    /// /t/{tenant}/programs/{call}/package?recommender=</c> — a recommender's 汇总表, Word files and their 证明材料 in one zip; <c>GET
    /// /t/{tenant}/programs/{call}/documents/{applicant}</c> — an application as a Word file.
    /// </summary>
    public static IEndpointRouteBuilder MapShowcasePrograms(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/t/{tenant}/programs/{call}/summary", (string call, HttpContext http, ProgramExports exports) =>
            ExportResult.FileAsync(() => exports.SummaryAsync(call, http.Request.Query["recommender"].FirstOrDefault())));
        endpoints.MapGet("/t/{tenant}/programs/{call}/package", (string call, HttpContext http, ProgramExports exports) =>
            ExportResult.StreamAsync(() => exports.PackageAsync(call, http.Request.Query["recommender"].FirstOrDefault() ?? "", http.RequestAborted)));
        endpoints.MapGet("/t/{tenant}/programs/{call}/documents/{applicant}", (string call, string applicant, ProgramExports exports) =>
            ExportResult.FileAsync(() => exports.ApplicationAsync(call, applicant)));
        return endpoints;
    }
}
