using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Showcase.Catalog.Search;
using Showcase.Silo.Hosting;
using Showcase.Silo.Search;

namespace Showcase.Silo.Observability;

/// <summary>Healthy when the search engine answers a one-hit search of the default portal within five seconds.</summary>
public sealed class SearchReadinessCheck(ISearchIndex index, IOptions<ShowcaseOptions> options, IOptions<SearchOptions> search) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var engine = search.Value.Engine.ToString();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await index.SearchAsync(new SearchRequest(options.Value.DefaultTenant, null) { Take = 1 }, timeout.Token);
            return HealthCheckResult.Healthy(engine);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(engine + " did not answer.", ex);
        }
    }
}
