using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Transport;

namespace Showcase.Catalog.Search.Elasticsearch;

/// <summary>
/// The catalog on Elasticsearch 9, through the official client (<c>Elastic.Clients.Elasticsearch</c>). Searches and
/// writes go through an alias; the index behind it is made from <see cref="ElasticsearchMapping.Template"/>. Writes
/// are bulk requests with external versions (an older or equal version is refused by Elasticsearch itself, and counts
/// as done) and wait for the refresh, so they are searchable when they return. A removal is a versioned tombstone, as
/// in the embedded engine. A rebuild fills a new index while writes go to both, then moves the alias in one atomic
/// step (no moment without an index) and deletes the old one.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex, ISearchVocabulary
{
    private const int VersionsPageSize = 5000;
    private const int NotFound = 404;

    private readonly ElasticsearchClient _client;
    private readonly string _alias;
    private readonly System.Threading.Lock _rebuildLock = new();
    private string? _rebuilding;
    private Task? _ready;

    /// <summary>
    /// The catalog at <paramref name="url"/> under <paramref name="alias"/>. The first call puts the index template and,
    /// when the alias is new, creates its first index (hosts starting at once create the same one, so only one exists);
    /// it is tried again on the next call when Elasticsearch was not reachable. Credentials in the URL
    /// (<c>http://user:password@host:9200</c>) become basic authentication.
    /// </summary>
    public ElasticsearchSearchIndex(Uri url, string alias)
    {
        var settings = new ElasticsearchClientSettings(new Uri(url.GetLeftPart(UriPartial.Authority)))
            .RequestTimeout(TimeSpan.FromSeconds(60));
        if (url.UserInfo.Split(':', 2) is [var user, var password])
        {
            settings = settings.Authentication(new BasicAuthentication(Uri.UnescapeDataString(user), Uri.UnescapeDataString(password)));
        }

        _client = new ElasticsearchClient(settings);
        _alias = alias;
    }

    /// <summary>A ready index (template and alias in place).</summary>
    public static async Task<ElasticsearchSearchIndex> OpenAsync(Uri url, string alias, CancellationToken cancellationToken = default)
    {
        var index = new ElasticsearchSearchIndex(url, alias);
        await index.ReadyAsync(cancellationToken);
        return index;
    }

    private Task ReadyAsync(CancellationToken cancellationToken)
    {
        if (_ready is null || _ready.IsFaulted || _ready.IsCanceled)
        {
            _ready = PrepareAsync(cancellationToken);
        }

        return _ready;
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        (await _client.Indices.PutIndexTemplateAsync(ElasticsearchMapping.Template(_alias), cancellationToken)).Ensure();
        if ((await _client.Indices.ExistsAliasAsync(new ExistsAliasRequest(_alias), cancellationToken)).Ensure(NotFound).Exists)
        {
            // An index made before the English fields gains them (a field already there is left as it is).
            (await _client.Indices.PutMappingAsync(new PutMappingRequest(_alias) { Properties = ElasticsearchMapping.English() }, cancellationToken)).Ensure();
            return;
        }

        var initial = $"{_alias}-initial";
        var created = await _client.Indices.CreateAsync(new CreateIndexRequest(initial) { Aliases = new Dictionary<Name, Alias> { [_alias] = new() } }, cancellationToken);
        if (created.ElasticsearchServerError?.Error?.Type != "resource_already_exists_exception")
        {
            created.Ensure();
        }
    }

    /// <summary>The alias and every index behind it, and the template (tests clean up with this).</summary>
    public async Task DeleteEverythingAsync(CancellationToken cancellationToken = default)
    {
        // Deleting by wildcard is refused by default (action.destructive_requires_name), so by name.
        var indexes = (await _client.Indices.GetAsync(new GetIndexRequest($"{_alias}-*"), cancellationToken)).Ensure();
        foreach (var name in indexes.Indices.Keys)
        {
            (await _client.Indices.DeleteAsync(new DeleteIndexRequest(name), cancellationToken)).Ensure(NotFound);
        }

        (await _client.Indices.DeleteIndexTemplateAsync(new DeleteIndexTemplateRequest(_alias), cancellationToken)).Ensure(NotFound);
    }

    public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default) =>
        WriteAsync(Documents(documents), cancellationToken);

    public Task RemoveAsync(IReadOnlyList<SearchRemoval> removals, CancellationToken cancellationToken = default) =>
        WriteAsync(Tombstones(removals), cancellationToken);

    public async Task ForgetTenantAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await ReadyAsync(cancellationToken);
        await ForgetAsync(_alias, tenant, cancellationToken);
        if (_rebuilding is { } rebuilding)
        {
            await ForgetAsync(rebuilding, tenant, cancellationToken);
        }
    }

    private async Task ForgetAsync(string target, string tenant, CancellationToken cancellationToken) =>
        (await _client.DeleteByQueryAsync(ElasticsearchQueries.Tenant(target, tenant), cancellationToken)).Ensure();

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        await ReadyAsync(cancellationToken);
        return await SearchRounds.RunAsync(request, SearchAsync, this, cancellationToken);
    }

    public async Task<IReadOnlyList<TermCount>> NeighboursAsync(string token, CancellationToken cancellationToken = default)
    {
        var response = (await _client.SearchAsync<CatalogSource>(ElasticsearchQueries.Neighbours(_alias, token), cancellationToken)).Ensure();
        return response.Suggest?.GetTerm(ElasticsearchQueries.Near)?.SelectMany(entry => entry.Options)
            .Select(option => new TermCount(option.Text, (int)option.Freq)).ToArray() ?? [];
    }

    public async Task<int> CountAsync(string tenant, string word, CancellationToken cancellationToken = default) =>
        (int)(await _client.CountAsync(ElasticsearchQueries.Count(_alias, tenant, word), cancellationToken)).Ensure().Count;

    private async Task<SearchResult> SearchAsync(SearchRequest request, SearchPlan plan, int relaxedMinimum, CancellationToken cancellationToken)
    {
        var response = (await _client.SearchAsync<CatalogSource>(ElasticsearchQueries.Search(_alias, request, plan, relaxedMinimum), cancellationToken)).Ensure();
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var dimension in request.FacetDimensions.Distinct())
        {
            var values = response.Aggregations?.GetFilter(dimension)?.Aggregations?.GetStringTerms(ElasticsearchQueries.FacetValues);
            facets[dimension] = values?.Buckets.Select(b => new FacetCount(b.Key.ToString(), (int)b.DocCount)).ToArray() ?? [];
        }

        var total = response.HitsMetadata.Total?.Match(t => t, count => new TotalHits { Value = count, Relation = TotalHitsRelation.Eq });
        return new SearchResult(Hits(response, Highlighter.Of(plan), request.InEnglish), (int)(total?.Value ?? 0), facets)
        {
            TotalIsLowerBound = total?.Relation == TotalHitsRelation.Gte,
        };
    }

    public async Task<IReadOnlyList<SearchHit>> SimilarAsync(string tenant, string kind, string id, int take, CancellationToken cancellationToken = default)
    {
        await ReadyAsync(cancellationToken);
        var uid = SearchDocument.UidOf(tenant, kind, id);
        var found = (await _client.GetAsync<CatalogSource>(new GetRequest(_alias, uid), cancellationToken)).Ensure(NotFound);
        if (found is not { Found: true, Source: { Live: true } source } || source.Tenant != tenant)
        {
            return [];
        }

        var facets = SearchFacets.All.Where(d => d != SearchFacets.Kind).ToDictionary(d => d, source.ValuesOf);
        var similar = ElasticsearchQueries.Similar(_alias, tenant, uid, source.Title ?? "", facets, take);
        return Hits((await _client.SearchAsync<CatalogSource>(similar, cancellationToken)).Ensure(), Highlighter.None);
    }

    public async Task<IReadOnlyDictionary<string, long>> VersionsAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await ReadyAsync(cancellationToken);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var page = (await _client.SearchAsync<CatalogSource>(ElasticsearchQueries.Versions(_alias, tenant, VersionsPageSize, after), cancellationToken)).Ensure();
            foreach (var hit in page.Hits)
            {
                after = hit.Source!.Uid;
                versions[after] = hit.Source.Version;
            }

            if (page.Hits.Count < VersionsPageSize)
            {
                return versions;
            }
        }
    }

    public async Task<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default)
    {
        await ReadyAsync(cancellationToken);
        var name = $"{_alias}-{DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";
        lock (_rebuildLock)
        {
            if (_rebuilding is not null)
            {
                throw new InvalidOperationException("A rebuild is already under way.");
            }

            _rebuilding = name;
        }

        try
        {
            // Filled without refreshing; refreshed once before it takes over.
            (await _client.Indices.CreateAsync(new CreateIndexRequest(name) { Settings = new IndexSettings { RefreshInterval = Duration.MinusOne } }, cancellationToken)).Ensure();
        }
        catch
        {
            lock (_rebuildLock)
            {
                _rebuilding = null;
            }

            throw;
        }

        return new Rebuild(this, name);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Live writes go to a rebuild under way too, so nothing written during it is missing when it takes over.</summary>
    private async Task WriteAsync(IReadOnlyList<(string Uid, long Version, CatalogSource Source)> changes, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken);
        await BulkAsync(_alias, changes, refresh: true, cancellationToken);
        if (_rebuilding is { } rebuilding)
        {
            await BulkAsync(rebuilding, changes, refresh: false, cancellationToken);
        }
    }

    /// <summary>Versioned bulk writes; a version conflict means the index already holds as new or newer, which is success.</summary>
    private async Task BulkAsync(string target, IReadOnlyList<(string Uid, long Version, CatalogSource Source)> changes, bool refresh, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var request = new BulkRequest(target) { Refresh = refresh ? Refresh.WaitFor : null, Operations = [] };
        foreach (var (uid, version, source) in changes)
        {
            request.Operations.Add(new BulkIndexOperation<CatalogSource>(source) { Id = uid, Version = version, VersionType = VersionType.External });
        }

        var response = await _client.BulkAsync(request, cancellationToken);
        if (!response.Errors)
        {
            response.Ensure();
            return;
        }

        var failures = response.Items
            .Where(i => i.Status is >= 300 and not 409)
            .Select(i => $"{i.Id}: {i.Error?.Reason}")
            .ToArray();
        if (failures.Length > 0)
        {
            throw new ElasticsearchException($"Elasticsearch refused {failures.Length} of {changes.Count} writes: {string.Join("; ", failures.Take(3))}");
        }
    }

    private static (string, long, CatalogSource)[] Documents(IReadOnlyList<SearchDocument> documents) =>
        documents.Select(d => (d.Uid, d.Version, CatalogSource.Of(d))).ToArray();

    private static (string, long, CatalogSource)[] Tombstones(IReadOnlyList<SearchRemoval> removals) =>
        removals.Select(r => (r.Uid, r.Version, CatalogSource.Removed(r))).ToArray();

    // English readers see the English title and text where the item has them.
    private static SearchHit[] Hits(SearchResponse<CatalogSource> response, Highlighter highlights, bool inEnglish = false) =>
        response.Hits.Select(hit =>
        {
            var source = hit.Source!;
            var english = inEnglish ? source.EnglishTitle : null;
            var title = english ?? source.Title ?? "";
            var text = (english is null ? null : source.EnglishText) ?? source.Text ?? "";
            return new SearchHit(
                source.Kind, source.Id, title, source.Subtitle, highlights.Mark(title), highlights.Snippet(text),
                hit.Score is { } score ? (float)score : null, source.Date ?? DateTimeOffset.MinValue)
            {
                InEnglish = english is not null,
            };
        }).ToArray();

    private async Task CompleteAsync(string rebuilt, CancellationToken cancellationToken)
    {
        await ResetRefreshIntervalAsync(rebuilt, cancellationToken);
        (await _client.Indices.RefreshAsync(new RefreshRequest(rebuilt), cancellationToken)).Ensure();
        var current = (await _client.Indices.GetAliasAsync(new GetAliasRequest((Names)_alias), cancellationToken)).Ensure(NotFound);
        var replaced = current.Aliases?.Keys.ToArray() ?? [];
        var actions = replaced.Select(r => (IndexUpdateAliasesAction)new RemoveAction { Index = r, Alias = _alias }).Append(new AddAction { Index = rebuilt, Alias = _alias }).ToArray();
        (await _client.Indices.UpdateAliasesAsync(new UpdateAliasesRequest { Actions = actions }, cancellationToken)).Ensure();
        lock (_rebuildLock)
        {
            _rebuilding = null;
        }

        foreach (var old in replaced.Where(r => r != rebuilt))
        {
            (await _client.Indices.DeleteAsync(new DeleteIndexRequest(old), cancellationToken)).Ensure(NotFound);
        }
    }

    /// <summary>
    /// Back to the default refresh (and search-idle shards): <c>refresh_interval: null</c>, which the typed settings
    /// cannot say (they leave a null out), so through the client's transport as it is.
    /// </summary>
    private async Task ResetRefreshIntervalAsync(string index, CancellationToken cancellationToken)
    {
        var reset = await _client.Transport.RequestAsync<StringResponse>(
            Elastic.Transport.HttpMethod.PUT, $"{Uri.EscapeDataString(index)}/_settings", PostData.String("""{"index":{"refresh_interval":null}}"""), cancellationToken);
        if (!reset.ApiCallDetails.HasSuccessfulStatusCode)
        {
            throw new ElasticsearchException($"Elasticsearch answered {reset.ApiCallDetails.HttpStatusCode} to PUT {index}/_settings: {reset.Body}");
        }
    }

    private async Task AbandonAsync(string rebuilt)
    {
        lock (_rebuildLock)
        {
            if (_rebuilding != rebuilt)
            {
                return;
            }

            _rebuilding = null;
        }

        (await _client.Indices.DeleteAsync(new DeleteIndexRequest(rebuilt), CancellationToken.None)).Ensure(NotFound);
    }

    private sealed class Rebuild(ElasticsearchSearchIndex index, string name) : ISearchIndexRebuild
    {
        private bool _completed;

        public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default) =>
            index.BulkAsync(name, Documents(documents), refresh: false, cancellationToken);

        public Task RemoveAsync(IReadOnlyList<SearchRemoval> removals, CancellationToken cancellationToken = default) =>
            index.BulkAsync(name, Tombstones(removals), refresh: false, cancellationToken);

        public Task ForgetTenantAsync(string tenant, CancellationToken cancellationToken = default) => index.ForgetAsync(name, tenant, cancellationToken);

        public async Task CompleteAsync(CancellationToken cancellationToken = default)
        {
            await index.CompleteAsync(name, cancellationToken);
            _completed = true;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_completed)
            {
                await index.AbandonAsync(name);
            }
        }
    }
}
