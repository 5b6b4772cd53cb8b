using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Showcase.Catalog.Search;
using Showcase.Silo.Hosting;
using Showcase.Silo.Search;
using Showcase.Silo.Search.Replicas;

namespace Showcase.Silo.Observability;

/// <summary>
/// Healthy when the search engine answers a one-hit search of the default portal within five seconds and the index
/// can be written: the indexer is not retrying a failed write and, for the embedded Lucene index, its disk has room.
/// In a cluster of Lucene replicas, also only once this host's replica has caught up with the change log and
/// converged with the catalog, and while it can follow the log.
/// </summary>
public sealed class SearchReadinessCheck(
    ISearchIndex index,
    SearchIndexer indexer,
    IOptions<ShowcaseOptions> options,
    IOptions<SearchOptions> search,
    IHostEnvironment environment,
    SearchReplica? replica = null) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var engine = search.Value.Engine.ToString();
        if (indexer.WriteFailure is { } failure)
        {
            return HealthCheckResult.Unhealthy($"{engine} cannot be written ({failure}); changes are being retried.");
        }

        if (replica is { IsCurrent: false })
        {
            return HealthCheckResult.Unhealthy($"This host's search replica is catching up with the change log ({replica.Behind} entries behind).");
        }

        if (replica?.Failure is { } behind)
        {
            return HealthCheckResult.Unhealthy($"This host's search replica cannot follow the change log ({behind}).");
        }

        if (search.Value.Engine == SearchEngine.Lucene
            && DiskProbe.Problem(SearchOptions.LuceneFolder(options.Value.DataPathUnder(environment.ContentRootPath)), options.Value.MinFreeDiskMegabytes) is { } disk)
        {
            return HealthCheckResult.Unhealthy($"The search index's disk is full or not writable: {disk}");
        }

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
