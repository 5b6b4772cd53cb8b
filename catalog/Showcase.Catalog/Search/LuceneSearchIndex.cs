using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Showcase.Catalog.Search;

/// <summary>
/// The embedded engine: a Lucene index in the data folder (or in memory for tests and benchmarks). Writes are
/// searchable when they return (near-real-time reopen) and committed every few seconds and on dispose; what a crash
/// loses before a commit is found again by comparing <see cref="VersionsAsync"/> with the source at start. A rebuild
/// fills a new generation beside the live one and swaps it in (see <see cref="LuceneFolders"/>).
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, ISearchVocabulary, ISearchPositions
{
    private readonly System.Threading.Lock _swapLock = new();
    private readonly string? _root;
    private volatile LuceneGeneration _current;
    private readonly LuceneMatchSets _matchSets;
    private readonly LuceneMatchWarmer _warmer;
    private LuceneGeneration? _rebuilding;

    private LuceneSearchIndex(string? root, long matchSetBudget, bool prepare)
    {
        _root = root;
        _matchSets = new LuceneMatchSets(matchSetBudget);
        _warmer = new LuceneMatchWarmer(_matchSets);
        _current = NewGeneration(root is null ? null : LuceneFolders.Current(root));
        Prepared = prepare ? Task.Run(WarmCurrent) : Task.CompletedTask;
    }

    /// <summary>
    /// The index in <paramref name="path"/>, created when missing; <paramref name="matchSetBudget"/> is the memory its
    /// searches may keep of what query parts match (see <see cref="LuceneMatchSets"/>); with <paramref name="prepare"/>,
    /// the thesaurus's words are evaluated ahead in the background (see <see cref="Prepared"/>).
    /// </summary>
    public static LuceneSearchIndex Open(string path, long matchSetBudget = LuceneMatchSets.DefaultBudget, bool prepare = true) =>
        new(path, matchSetBudget, prepare);

    public static LuceneSearchIndex InMemory(long matchSetBudget = LuceneMatchSets.DefaultBudget) => new(null, matchSetBudget, prepare: false);

    /// <summary>Done when the thesaurus's words are prepared on the segments the index opened with (see <see cref="LuceneMatchWarmer"/>).</summary>
    public Task Prepared { get; }

    /// <summary>Bytes of match sets held now.</summary>
    public long MatchSetBytes => _matchSets.Held;

    public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        Write(Changes(documents));
        return Task.CompletedTask;
    }

    public Task RemoveAsync(IReadOnlyList<SearchRemoval> removals, CancellationToken cancellationToken = default)
    {
        Write(Removals(removals));
        return Task.CompletedTask;
    }

    public Task ForgetTenantAsync(string tenant, CancellationToken cancellationToken = default)
    {
        lock (_swapLock)
        {
            _current.Forget(tenant);
            _rebuilding?.Forget(tenant);
        }

        return Task.CompletedTask;
    }

    public Task<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default)
    {
        lock (_swapLock)
        {
            if (_rebuilding is not null)
            {
                throw new InvalidOperationException("A rebuild is already under way.");
            }

            _rebuilding = NewGeneration(_root is null ? null : LuceneFolders.New(_root));
            // What the live index has applied is read again from the source into the new one: it starts where the live one is.
            foreach (var (stream, position) in _current.Positions)
            {
                _rebuilding.Advance(stream, position);
            }

            return Task.FromResult<ISearchIndexRebuild>(new Rebuild(this, _rebuilding));
        }
    }

    public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        SearchRounds.RunAsync(request, (r, plan, relaxedMinimum, _) => Task.FromResult(Read(searcher => Search(searcher, r, plan, relaxedMinimum))), this, cancellationToken);

    public Task<IReadOnlyList<TermCount>> NeighboursAsync(string token, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read<IReadOnlyList<TermCount>>(searcher =>
        {
            var neighbours = new List<TermCount>();
            if (MultiFields.GetTerms(searcher.IndexReader, LuceneFields.All) is { } terms)
            {
                var near = new FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(), new Term(LuceneFields.All, token), 1f, 0, transpositions: true);
                while (neighbours.Count < NeighbourLimit && near.MoveNext())
                {
                    neighbours.Add(new TermCount(near.Term.Utf8ToString(), near.DocFreq));
                }
            }

            return neighbours;
        }));

    public Task<int> CountAsync(string tenant, string word, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(searcher =>
        {
            var collector = new CappedCount(CountCap);
            searcher.Search(LuceneQueries.Adjacent(LuceneFields.All, SearchPhrase.Of([word]), 1f), LuceneQueries.Scope(tenant), collector);
            return collector.Count;
        }));

    /// <summary>Past this many per segment, a suggestion's word counts as common: counting stops there.</summary>
    private const int CountCap = 100;

    /// <summary>Counts matches up to a cap per segment, then moves on.</summary>
    private sealed class CappedCount(int cap) : ICollector
    {
        private int _inSegment;

        public int Count { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _inSegment = 0;

        public void Collect(int doc)
        {
            Count++;
            if (++_inSegment >= cap)
            {
                throw new CollectionTerminatedException();
            }
        }
    }

    /// <summary>How many neighbours of a token are read (a character pair can have hundreds).</summary>
    private const int NeighbourLimit = 500;

    private SearchResult Search(IndexSearcher searcher, SearchRequest request, SearchPlan plan, int relaxedMinimum)
    {
        var (ranked, total, facets) = LuceneTieredSearch.Run(searcher, _matchSets, request, plan, relaxedMinimum);
        var highlights = Highlighter.Of(plan);
        var hits = ranked.Skip(request.Skip).Take(request.Take)
            .Select(scored => Hit(searcher.Doc(scored.Doc), scored.Score, highlights, request.InEnglish))
            .ToArray();
        return new SearchResult(hits, total, facets);
    }

    public Task<IReadOnlyList<SearchHit>> SimilarAsync(string tenant, string kind, string id, int take, CancellationToken cancellationToken = default)
    {
        var uid = SearchDocument.UidOf(tenant, kind, id);
        return Task.FromResult(Read<IReadOnlyList<SearchHit>>(searcher =>
        {
            var found = searcher.Search(new TermQuery(new Term(LuceneFields.Uid, uid)), 1);
            if (found.TotalHits == 0)
            {
                return [];
            }

            var source = searcher.Doc(found.ScoreDocs[0].Doc);
            if (source.Get(LuceneFields.Title) is not { } title)
            {
                return [];
            }

            var facets = SearchFacets.All.Where(d => d != SearchFacets.Kind)
                .ToDictionary(d => d, d => (IReadOnlyList<string>)source.GetValues(d));
            var top = searcher.Search(LuceneQueries.Similar(uid, title, facets), LuceneQueries.Scope(tenant), take);
            return top.ScoreDocs.Select(s => Hit(searcher.Doc(s.Doc), s.Score, Highlighter.None)).ToArray();
        }));
    }

    public Task<IReadOnlyDictionary<string, long>> VersionsAsync(string tenant, CancellationToken cancellationToken = default)
    {
        var prefix = tenant + "/";
        return Task.FromResult<IReadOnlyDictionary<string, long>>(_current.Versions
            .Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
    }

    public long PositionOf(string stream) => _current.Positions.GetValueOrDefault(stream);

    public void Advance(string stream, long position)
    {
        lock (_swapLock)
        {
            _current.Advance(stream, position);
            _rebuilding?.Advance(stream, position);
        }
    }

    public IReadOnlyDictionary<string, long> Checkpoint()
    {
        lock (_swapLock)
        {
            _current.Commit();
            return _current.CommittedPositions;
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (_swapLock)
        {
            _rebuilding?.Dispose();
            _current.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <remarks>
    /// Files are read with positional reads (<see cref="NIOFSDirectory"/>), not memory-mapped: Lucene.NET's mapped
    /// inputs keep a weak table of every clone a search makes, which grows with the searches in flight and never
    /// shrinks — tens of megabytes that stay after a busy minute (issue 24, point 4).
    /// </remarks>
    private LuceneGeneration NewGeneration(string? folder) =>
        new(folder is null ? new RAMDirectory() : new NIOFSDirectory(new DirectoryInfo(folder)), folder, _warmer);

    /// <summary>Prepares the thesaurus's words on the large segments the index opened with (see <see cref="LuceneMatchWarmer"/>).</summary>
    private void WarmCurrent()
    {
        try
        {
            Read(searcher =>
            {
                _warmer.Warm(searcher);
                return true;
            });
        }
        catch (ObjectDisposedException)
        {
            // Closed while warming (disposed, or replaced by a rebuild): nothing left to prepare.
        }
    }

    private static (string, long, Func<Document>)[] Changes(IReadOnlyList<SearchDocument> documents) =>
        documents.Select(d => (d.Uid, d.Version, (Func<Document>)(() => LuceneFields.Of(d)))).ToArray();

    private static (string, long, Func<Document>)[] Removals(IReadOnlyList<SearchRemoval> removals) =>
        removals.Select(r => (r.Uid, r.Version, (Func<Document>)(() => LuceneFields.Removed(r.Tenant, r.Kind, r.Id, r.Version)))).ToArray();

    /// <summary>Live writes go to a rebuild under way too, so nothing written during it is missing when it takes over.</summary>
    private void Write(IReadOnlyList<(string, long, Func<Document>)> changes)
    {
        lock (_swapLock)
        {
            _current.Write(changes);
            _rebuilding?.Write(changes);
        }
    }

    /// <summary>Reads through a searcher of the live generation (acquired again if a rebuild replaces it in between).</summary>
    private T Read<T>(Func<IndexSearcher, T> read)
    {
        while (true)
        {
            var generation = _current;
            if (!generation.TryAcquire(out var searcher))
            {
                continue;
            }

            try
            {
                return read(searcher);
            }
            finally
            {
                generation.Release(searcher);
            }
        }
    }

    private void Complete(LuceneGeneration rebuilt)
    {
        lock (_swapLock)
        {
            var replaced = _current;
            rebuilt.Commit();
            _current = rebuilt;
            _rebuilding = null;
            replaced.Dispose();
            if (_root is not null && rebuilt.Folder is not null)
            {
                LuceneFolders.MakeCurrent(_root, rebuilt.Folder);
            }
        }
    }

    private void Abandon(LuceneGeneration rebuilt)
    {
        lock (_swapLock)
        {
            if (_rebuilding != rebuilt)
            {
                return;
            }

            _rebuilding = null;
            rebuilt.Dispose();
            if (rebuilt.Folder is not null)
            {
                System.IO.Directory.Delete(rebuilt.Folder, recursive: true);
            }
        }
    }

    private sealed class Rebuild(LuceneSearchIndex index, LuceneGeneration generation) : ISearchIndexRebuild
    {
        private bool _completed;

        public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default)
        {
            generation.Write(Changes(documents));
            return Task.CompletedTask;
        }

        public Task RemoveAsync(IReadOnlyList<SearchRemoval> removals, CancellationToken cancellationToken = default)
        {
            generation.Write(Removals(removals));
            return Task.CompletedTask;
        }

        public Task ForgetTenantAsync(string tenant, CancellationToken cancellationToken = default)
        {
            generation.Forget(tenant);
            return Task.CompletedTask;
        }

        public Task CompleteAsync(CancellationToken cancellationToken = default)
        {
            index.Complete(generation);
            _completed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_completed)
            {
                index.Abandon(generation);
            }

            return ValueTask.CompletedTask;
        }
    }

    // A search sorted by date (no words, or sort NEWEST) scores nothing: Lucene gives NaN, the hit no score.
    // English readers see the English title and text where the item has them.
    private static SearchHit Hit(Document document, float score, Highlighter highlights, bool inEnglish = false)
    {
        var english = inEnglish ? document.Get(LuceneFields.EnglishTitle) : null;
        var title = english ?? document.Get(LuceneFields.Title) ?? "";
        var text = (english is null ? null : document.Get(LuceneFields.EnglishText)) ?? document.Get(LuceneFields.Text) ?? "";
        var ticks = document.GetField(LuceneFields.Date)?.GetInt64Value() ?? 0;
        return new SearchHit(
            document.Get(SearchFacets.Kind), document.Get(LuceneFields.Id), title, document.Get(LuceneFields.Subtitle),
            highlights.Mark(title), highlights.Snippet(text), float.IsNaN(score) ? null : score, new DateTimeOffset(ticks, TimeSpan.Zero))
        {
            InEnglish = english is not null,
        };
    }
}
