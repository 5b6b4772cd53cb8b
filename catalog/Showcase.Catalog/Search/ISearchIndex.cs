namespace Showcase.Catalog.Search;

/// <summary>
/// Versioned, idempotent writes: a document or removal older than (or as old as) what the index holds for that item
/// changes nothing, so replays and out-of-order deliveries are harmless.
/// </summary>
public interface ISearchIndexWriter
{
    /// <summary>Adds or replaces documents, each only if newer than the indexed version; searchable when this returns.</summary>
    Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Removes items as of their versions (withdrawn, delisted); an older document cannot bring one back.</summary>
    Task RemoveAsync(IReadOnlyList<SearchRemoval> removals, CancellationToken cancellationToken = default);

    /// <summary>Deletes every document of a deleted portal, the removals' tombstones too: nothing of it is left in the index.</summary>
    Task ForgetTenantAsync(string tenant, CancellationToken cancellationToken = default);
}

/// <summary>An item leaving the index as of <paramref name="Version"/>.</summary>
public sealed record SearchRemoval(string Tenant, string Kind, string Id, long Version)
{
    public string Uid => SearchDocument.UidOf(Tenant, Kind, Id);
}

public static class SearchIndexWriterExtensions
{
    public static Task RemoveAsync(this ISearchIndexWriter writer, string tenant, string kind, string id, long version, CancellationToken cancellationToken = default) =>
        writer.RemoveAsync([new SearchRemoval(tenant, kind, id, version)], cancellationToken);
}

/// <summary>The catalog's search, whatever engine runs it (embedded Lucene, Elasticsearch).</summary>
public interface ISearchIndex : ISearchIndexWriter, IAsyncDisposable
{
    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Items like this one (shared words and facets), best first, itself excluded.</summary>
    Task<IReadOnlyList<SearchHit>> SimilarAsync(string tenant, string kind, string id, int take, CancellationToken cancellationToken = default);

    /// <summary>The version the index holds for every item of a tenant (removals included), to converge with the source.</summary>
    Task<IReadOnlyDictionary<string, long>> VersionsAsync(string tenant, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts filling a fresh, empty index beside the live one. Searches keep using the live index, and writes go to
    /// both, until <see cref="ISearchIndexRebuild.CompleteAsync"/> puts the new one in its place at once.
    /// </summary>
    Task<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default);
}

/// <summary>A rebuild under way; disposed without completing, it is abandoned and the live index stays.</summary>
public interface ISearchIndexRebuild : ISearchIndexWriter, IAsyncDisposable
{
    /// <summary>Replaces the live index with the rebuilt one.</summary>
    Task CompleteAsync(CancellationToken cancellationToken = default);
}
