using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Showcase.Silo.Observability;

public static class HealthEndpoints
{
    /// <summary>Readiness checks: the silo answers, the database answers, the search engine answers.</summary>
    public static IServiceCollection AddShowcaseHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<SiloReadinessCheck>("silo")
            .AddCheck<DatabaseReadinessCheck>("database")
            .AddCheck<SearchReadinessCheck>("search");
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process serves requests (no dependency checked, so a database outage does not get
    /// every host restarted). <c>/health/ready</c> (and <c>/health</c>): every check, with a JSON report; 503 when one fails.
    /// </summary>
    public static IEndpointRouteBuilder MapShowcaseHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        var ready = new HealthCheckOptions { ResponseWriter = WriteReportAsync };
        endpoints.MapHealthChecks("/health/ready", ready);
        endpoints.MapHealthChecks("/health", ready);
        return endpoints;
    }

    private static Task WriteReportAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        });
    }
}
