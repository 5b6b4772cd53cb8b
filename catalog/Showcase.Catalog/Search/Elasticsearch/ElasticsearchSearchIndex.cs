using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Showcase.Catalog.Search.Elasticsearch;

/// <summary>
/// The catalog on Elasticsearch 8, over its REST API. Searches and writes go through an alias; the index behind it is
/// made from <see cref="ElasticsearchMapping.Template"/>. Writes are bulk requests with external versions (an older
/// or equal version is refused by Elasticsearch itself, and counts as done) and wait for the refresh, so they are
/// searchable when they return. A removal is a versioned tombstone, as in the embedded engine. A rebuild fills a new
/// index while writes go to both, then moves the alias in one atomic step (no moment without an index) and deletes
/// the old one.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex, ISearchVocabulary
{
    private const int VersionsPageSize = 5000;

    private readonly ElasticsearchClient _client;
    private readonly HttpClient _http;
    private readonly string _alias;
    private readonly System.Threading.Lock _rebuildLock = new();
    private string? _rebuilding;
    private Task? _ready;

    /// <summary>
    /// The catalog at <paramref name="url"/> under <paramref name="alias"/>. The first call puts the index template and,
    /// when the alias is new, creates its first index (hosts starting at once create the same one, so only one exists);
    /// it is tried again on the next call when Elasticsearch was not reachable.
    /// </summary>
    public ElasticsearchSearchIndex(Uri url, string alias)
    {
        _http = ElasticsearchClient.Http(url);
        _client = new ElasticsearchClient(_http);
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
        await _client.SendAsync(HttpMethod.Put, $"_index_template/{_alias}", ElasticsearchMapping.Template(_alias), cancellationToken);
        var exists = await _client.SendAsync(HttpMethod.Get, $"_alias/{_alias}", null, cancellationToken, HttpStatusCode.NotFound);
        if (exists?["status"]?.GetValue<int>() == 404 || exists is JsonObject { Count: 0 })
        {
            var body = new JsonObject { ["aliases"] = new JsonObject { [_alias] = new JsonObject() } };
            var created = await _client.SendAsync(HttpMethod.Put, $"{_alias}-initial", body, cancellationToken, HttpStatusCode.BadRequest);
            if (created?["error"]?["type"]?.ToString() is { } error && error != "resource_already_exists_exception")
            {
                throw new ElasticsearchException($"Elasticsearch refused to create the index {_alias}-initial: {created["error"]?["reason"]}");
            }
        }
    }

    /// <summary>The alias and every index behind it, and the template (tests clean up with this).</summary>
    public async Task DeleteEverythingAsync(CancellationToken cancellationToken = default)
    {
        // Deleting by wildcard is refused by default (action.destructive_requires_name), so by name.
        if (await _client.SendAsync(HttpMethod.Get, $"{_alias}-*", null, cancellationToken) is JsonObject indexes)
        {
            foreach (var (name, _) in indexes)
            {
                await _client.SendAsync(HttpMethod.Delete, name, null, cancellationToken, HttpStatusCode.NotFound);
            }
        }

        await _client.SendAsync(HttpMethod.Delete, $"_index_template/{_alias}", null, cancellationToken, HttpStatusCode.NotFound);
    }

    public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default) =>
        WriteAsync(Documents(documents), cancellationToken);

    public Task RemoveAsync(IReadOnlyList<SearchRemoval> removals, CancellationToken cancellationToken = default) =>
        WriteAsync(Tombstones(removals), cancellationToken);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        await ReadyAsync(cancellationToken);
        return await SearchRounds.RunAsync(request, SearchAsync, this, cancellationToken);
    }

    public async Task<IReadOnlyList<TermCount>> NeighboursAsync(string token, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendAsync(HttpMethod.Post, $"{_alias}/_search", ElasticsearchQueries.Neighbours(token), cancellationToken);
        return response?["suggest"]?["near"]?.AsArray().SelectMany(entry => entry?["options"]?.AsArray() ?? [])
            .Select(option => new TermCount(option!["text"]!.ToString(), option["freq"]?.GetValue<int>() ?? 0)).ToArray() ?? [];
    }

    public async Task<int> CountAsync(string tenant, string word, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendAsync(HttpMethod.Post, $"{_alias}/_count", ElasticsearchQueries.Count(tenant, word), cancellationToken);
        return response?["count"]?.GetValue<int>() ?? 0;
    }

    private async Task<SearchResult> SearchAsync(SearchRequest request, SearchPlan plan, int relaxedMinimum, CancellationToken cancellationToken)
    {
        var response = await _client.SendAsync(HttpMethod.Post, $"{_alias}/_search", ElasticsearchQueries.Search(request, plan, relaxedMinimum), cancellationToken);
        var highlights = new Highlighter(plan.Highlights);
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        if (response?["aggregations"] is JsonObject aggregations)
        {
            foreach (var (dimension, aggregation) in aggregations)
            {
                facets[dimension] = aggregation!["values"]!["buckets"]!.AsArray()
                    .Select(b => new FacetCount(b!["key"]!.ToString(), b["doc_count"]!.GetValue<int>()))
                    .ToArray();
            }
        }

        return new SearchResult(Hits(response, highlights), response?["hits"]?["total"]?["value"]?.GetValue<int>() ?? 0, facets)
        {
            TotalIsLowerBound = response?["hits"]?["total"]?["relation"]?.ToString() == "gte",
        };
    }

    public async Task<IReadOnlyList<SearchHit>> SimilarAsync(string tenant, string kind, string id, int take, CancellationToken cancellationToken = default)
    {
        await ReadyAsync(cancellationToken);
        var uid = SearchDocument.UidOf(tenant, kind, id);
        var found = await _client.SendAsync(HttpMethod.Get, $"{_alias}/_doc/{Uri.EscapeDataString(uid)}", null, cancellationToken, HttpStatusCode.NotFound);
        if (found?["_source"] is not JsonObject source || source["live"]?.GetValue<bool>() != true || source["tenant"]?.ToString() != tenant)
        {
            return [];
        }

        var facets = SearchFacets.All.Where(d => d != SearchFacets.Kind)
            .ToDictionary(d => d, d => (IReadOnlyList<string>)(source[d]?.AsArray().Select(v => v!.ToString()).ToArray() ?? []));
        var query = ElasticsearchQueries.Similar(tenant, uid, source["title"]?.ToString() ?? "", facets, take);
        return Hits(await _client.SendAsync(HttpMethod.Post, $"{_alias}/_search", query, cancellationToken), Highlighter.None);
    }

    public async Task<IReadOnlyDictionary<string, long>> VersionsAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await ReadyAsync(cancellationToken);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var page = await _client.SendAsync(HttpMethod.Post, $"{_alias}/_search", ElasticsearchQueries.Versions(tenant, VersionsPageSize, after), cancellationToken);
            var hits = page?["hits"]?["hits"]?.AsArray() ?? [];
            foreach (var hit in hits)
            {
                var source = hit!["_source"]!;
                after = source["uid"]!.ToString();
                versions[after] = source["version"]!.GetValue<long>();
            }

            if (hits.Count < VersionsPageSize)
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
            await _client.SendAsync(HttpMethod.Put, name, new JsonObject { ["settings"] = new JsonObject { ["refresh_interval"] = "-1" } }, cancellationToken);
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

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Live writes go to a rebuild under way too, so nothing written during it is missing when it takes over.</summary>
    private async Task WriteAsync(IReadOnlyList<(string Uid, long Version, JsonObject Source)> changes, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken);
        await BulkAsync(_alias, changes, refresh: true, cancellationToken);
        if (_rebuilding is { } rebuilding)
        {
            await BulkAsync(rebuilding, changes, refresh: false, cancellationToken);
        }
    }

    /// <summary>Versioned bulk writes; a version conflict means the index already holds as new or newer, which is success.</summary>
    private async Task BulkAsync(string target, IReadOnlyList<(string Uid, long Version, JsonObject Source)> changes, bool refresh, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var lines = changes.SelectMany(c => new JsonNode[]
        {
            new JsonObject { ["index"] = new JsonObject { ["_id"] = c.Uid, ["version"] = c.Version, ["version_type"] = "external" } },
            c.Source.DeepClone(),
        });
        var response = await _client.BulkAsync($"{target}/_bulk{(refresh ? "?refresh=wait_for" : "")}", lines, cancellationToken);
        if (response?["errors"]?.GetValue<bool>() != true)
        {
            return;
        }

        var failures = response["items"]!.AsArray()
            .Select(i => i!["index"]!)
            .Where(i => i["status"]!.GetValue<int>() is >= 300 and not (int)HttpStatusCode.Conflict)
            .Select(i => $"{i["_id"]}: {i["error"]?["reason"]}")
            .ToArray();
        if (failures.Length > 0)
        {
            throw new ElasticsearchException($"Elasticsearch refused {failures.Length} of {changes.Count} writes: {string.Join("; ", failures.Take(3))}");
        }
    }

    private static (string, long, JsonObject)[] Documents(IReadOnlyList<SearchDocument> documents) =>
        documents.Select(d => (d.Uid, d.Version, ElasticsearchMapping.Document(d))).ToArray();

    private static (string, long, JsonObject)[] Tombstones(IReadOnlyList<SearchRemoval> removals) =>
        removals.Select(r => (r.Uid, r.Version, ElasticsearchMapping.Removed(r.Tenant, r.Kind, r.Id, r.Version))).ToArray();

    private static SearchHit[] Hits(JsonNode? response, Highlighter highlights) =>
        (response?["hits"]?["hits"]?.AsArray() ?? []).Select(hit =>
        {
            var source = hit!["_source"]!;
            var title = source["title"]?.ToString() ?? "";
            float? score = hit["_score"] is JsonValue value && value.TryGetValue<double>(out var s) ? (float)s : null;
            return new SearchHit(
                source[SearchFacets.Kind]!.ToString(), source["id"]!.ToString(), title, source["subtitle"]?.ToString(),
                highlights.Mark(title), highlights.Snippet(source["text"]?.ToString() ?? ""), score,
                DateTimeOffset.Parse(source["date"]!.ToString(), CultureInfo.InvariantCulture));
        }).ToArray();

    private async Task CompleteAsync(string rebuilt, CancellationToken cancellationToken)
    {
        await _client.SendAsync(HttpMethod.Put, $"{rebuilt}/_settings", new JsonObject { ["index"] = new JsonObject { ["refresh_interval"] = null } }, cancellationToken);
        await _client.SendAsync(HttpMethod.Post, $"{rebuilt}/_refresh", null, cancellationToken);
        var current = await _client.SendAsync(HttpMethod.Get, $"_alias/{_alias}", null, cancellationToken, HttpStatusCode.NotFound);
        var replaced = current is JsonObject indexes ? indexes.Where(i => i.Value is JsonObject).Select(i => i.Key).ToArray() : [];
        var actions = new JsonArray(replaced.Select(r => (JsonNode)new JsonObject { ["remove"] = new JsonObject { ["index"] = r, ["alias"] = _alias } }).ToArray());
        actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = rebuilt, ["alias"] = _alias } });
        await _client.SendAsync(HttpMethod.Post, "_aliases", new JsonObject { ["actions"] = actions }, cancellationToken);
        lock (_rebuildLock)
        {
            _rebuilding = null;
        }

        foreach (var old in replaced.Where(r => r != rebuilt))
        {
            await _client.SendAsync(HttpMethod.Delete, old, null, cancellationToken, HttpStatusCode.NotFound);
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

        await _client.SendAsync(HttpMethod.Delete, rebuilt, null, CancellationToken.None, HttpStatusCode.NotFound);
    }

    private sealed class Rebuild(ElasticsearchSearchIndex index, string name) : ISearchIndexRebuild
    {
        private bool _completed;

        public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default) =>
            index.BulkAsync(name, Documents(documents), refresh: false, cancellationToken);

        public Task RemoveAsync(IReadOnlyList<SearchRemoval> removals, CancellationToken cancellationToken = default) =>
            index.BulkAsync(name, Tombstones(removals), refresh: false, cancellationToken);

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
