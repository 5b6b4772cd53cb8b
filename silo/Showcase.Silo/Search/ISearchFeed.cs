using Showcase.Tenancy;

namespace Showcase.Silo.Search;

/// <summary>
/// Where the indexer sends what changed: straight into the index (<see cref="DirectFeed"/>: one host, or a shared
/// Elasticsearch), or into the cluster's change log that every host's replica follows (<see cref="Replicas.ChangeLogFeed"/>).
/// </summary>
public interface ISearchFeed
{
    /// <summary>
    /// Whether the indexer converges the index with the catalog when the host starts. A replica does it itself, once it
    /// has caught up with the log.
    /// </summary>
    bool ConvergesAtStart { get; }

    /// <summary>Sends changed items on their way into the index; throws an outage while it cannot.</summary>
    Task SendAsync(IReadOnlyList<SearchItem> items, CancellationToken cancellationToken);

    /// <summary>Deletes every document of a deleted portal from the index (every replica's, in a cluster).</summary>
    Task ForgetTenantAsync(TenantId tenant, CancellationToken cancellationToken);

    /// <summary>Starts rebuilding the index (every replica's, in a cluster) unless a rebuild is under way on this host.</summary>
    void StartRebuild();
}
