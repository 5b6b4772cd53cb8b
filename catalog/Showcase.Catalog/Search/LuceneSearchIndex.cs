using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace Showcase.Catalog.Search;

/// <summary>
/// The embedded engine: a Lucene index in the data folder (or in memory for tests and benchmarks). Writes are
/// searchable when they return (near-real-time reopen) and committed every few seconds and on dispose; what a crash
/// loses before a commit is found again by comparing <see cref="VersionsAsync"/> with the source at start.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex
{
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(5);

    private readonly Directory _directory;
    private readonly Analyzer _indexAnalyzer = ChineseAnalyzers.Index();
    private readonly Analyzer _queryAnalyzer = ChineseAnalyzers.Query();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly LuceneQueries _queries;
    private readonly Func<string, Thesaurus> _thesaurusOf;
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _writeLock = new();
    private DateTime _lastCommit = DateTime.UtcNow;

    private LuceneSearchIndex(Directory directory, Func<string, Thesaurus>? thesaurusOf)
    {
        _directory = directory;
        _writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalyzers.Version, _indexAnalyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        _queries = new LuceneQueries(_queryAnalyzer);
        _thesaurusOf = thesaurusOf ?? (_ => Thesaurus.Default);
        LoadVersions();
    }

    /// <summary>The index in <paramref name="path"/>, created when missing.</summary>
    public static LuceneSearchIndex Open(string path, Func<string, Thesaurus>? thesaurusOf = null) =>
        new(FSDirectory.Open(new DirectoryInfo(path)), thesaurusOf);

    public static LuceneSearchIndex InMemory(Func<string, Thesaurus>? thesaurusOf = null) => new(new RAMDirectory(), thesaurusOf);

    public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        Write(documents.Select(d => (d.Uid, d.Version, (Func<Document>)(() => LuceneFields.Of(d)))));
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string tenant, string kind, string id, long version, CancellationToken cancellationToken = default)
    {
        Write([(SearchDocument.UidOf(tenant, kind, id), version, () => LuceneFields.Removed(tenant, kind, id, version))]);
        return Task.CompletedTask;
    }

    public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var words = SearchWords.Parse(request.Query, _thesaurusOf(request.Tenant));
        var searcher = _searchers.Acquire();
        try
        {
            var query = _queries.Build(request.Tenant, words, request.Filters);
            var wanted = Math.Max(1, request.Skip + request.Take);
            var top = request.Sort == SearchSort.Newest || words.IsEmpty
                ? searcher.Search(query, null, wanted, new Sort(new SortField(LuceneFields.Date, SortFieldType.INT64, reverse: true)))
                : searcher.Search(query, wanted);
            var highlights = words.Highlights;
            var hits = top.ScoreDocs.Skip(request.Skip).Take(request.Take)
                .Select(scored => Hit(searcher.Doc(scored.Doc), scored.Score, highlights))
                .ToArray();
            return Task.FromResult(new SearchResult(hits, top.TotalHits, CountFacets(searcher, request, words, query)));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task<IReadOnlyList<SearchHit>> SimilarAsync(string tenant, string kind, string id, int take, CancellationToken cancellationToken = default)
    {
        var uid = SearchDocument.UidOf(tenant, kind, id);
        var searcher = _searchers.Acquire();
        try
        {
            var found = searcher.Search(new TermQuery(new Term(LuceneFields.Uid, uid)), 1);
            if (found.TotalHits == 0)
            {
                return Task.FromResult<IReadOnlyList<SearchHit>>([]);
            }

            var source = searcher.Doc(found.ScoreDocs[0].Doc);
            if (source.Get(LuceneFields.Title) is not { } title)
            {
                return Task.FromResult<IReadOnlyList<SearchHit>>([]);
            }

            var facets = SearchFacets.All.Where(d => d != SearchFacets.Kind)
                .ToDictionary(d => d, d => (IReadOnlyList<string>)source.GetValues(d));
            var top = searcher.Search(_queries.Similar(tenant, uid, title, facets), take);
            return Task.FromResult<IReadOnlyList<SearchHit>>(top.ScoreDocs.Select(s => Hit(searcher.Doc(s.Doc), s.Score, [])).ToArray());
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task<IReadOnlyDictionary<string, long>> VersionsAsync(string tenant, CancellationToken cancellationToken = default)
    {
        var prefix = tenant + "/";
        return Task.FromResult<IReadOnlyDictionary<string, long>>(_versions
            .Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
    }

    public ValueTask DisposeAsync()
    {
        lock (_writeLock)
        {
            _searchers.Dispose();
            _writer.Commit();
            _writer.Dispose();
            _directory.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private void Write(IEnumerable<(string Uid, long Version, Func<Document> Build)> changes)
    {
        lock (_writeLock)
        {
            var changed = false;
            foreach (var (uid, version, build) in changes)
            {
                if (_versions.TryGetValue(uid, out var indexed) && indexed >= version)
                {
                    continue;
                }

                _writer.UpdateDocument(new Term(LuceneFields.Uid, uid), build());
                _versions[uid] = version;
                changed = true;
            }

            if (!changed)
            {
                return;
            }

            if (DateTime.UtcNow - _lastCommit > CommitInterval)
            {
                _writer.Commit();
                _lastCommit = DateTime.UtcNow;
            }

            _searchers.MaybeRefreshBlocking();
        }
    }

    private static SearchHit Hit(Document document, float score, IReadOnlyList<string> highlights)
    {
        var title = document.Get(LuceneFields.Title) ?? "";
        var text = document.Get(LuceneFields.Text) ?? "";
        var ticks = document.GetField(LuceneFields.Date)?.GetInt64Value() ?? 0;
        return new SearchHit(
            document.Get(SearchFacets.Kind), document.Get(LuceneFields.Id), title, document.Get(LuceneFields.Subtitle),
            Snippets.Mark(title, highlights), Snippets.Snippet(text, highlights), score, new DateTimeOffset(ticks, TimeSpan.Zero));
    }

    /// <summary>
    /// Dimensions without a filter of their own are counted together over the query's matches in one pass; a filtered
    /// dimension is counted over the matches of every other filter, so its other values keep their counts.
    /// </summary>
    private Dictionary<string, IReadOnlyList<FacetCount>> CountFacets(IndexSearcher searcher, SearchRequest request, SearchWords words, Query query)
    {
        bool IsFiltered(string dimension) => request.Filters.TryGetValue(dimension, out var values) && values.Count > 0;
        var dimensions = request.FacetDimensions.Distinct().ToArray();
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        var together = dimensions.Where(d => !IsFiltered(d)).ToArray();
        if (together.Length > 0)
        {
            var collector = new FacetCollector(together);
            searcher.Search(query, collector);
            foreach (var (dimension, counts) in collector.Result())
            {
                facets[dimension] = counts;
            }
        }

        foreach (var dimension in dimensions.Where(IsFiltered))
        {
            var collector = new FacetCollector([dimension]);
            searcher.Search(_queries.Build(request.Tenant, words, request.Filters, exceptDimension: dimension), collector);
            facets[dimension] = collector.Result()[dimension];
        }

        return facets;
    }

    private void LoadVersions()
    {
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var uids = atomic.GetBinaryDocValues(LuceneFields.UidValues);
            var versions = atomic.GetNumericDocValues(LuceneFields.Version);
            if (uids is null || versions is null)
            {
                continue;
            }

            var live = atomic.LiveDocs;
            var uid = new BytesRef();
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                uids.Get(doc, uid);
                _versions[uid.Utf8ToString()] = versions.Get(doc);
            }
        }
    }
}
