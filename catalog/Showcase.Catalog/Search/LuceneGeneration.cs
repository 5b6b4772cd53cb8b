using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace Showcase.Catalog.Search;

/// <summary>
/// One physical Lucene index: its writer, its near-real-time searchers and the version of every item it holds.
/// Writes are searchable when they return and committed every few seconds and on dispose.
/// </summary>
internal sealed class LuceneGeneration : IDisposable
{
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(5);

    /// <summary>The commit data entry naming the revision of <see cref="ChineseAnalyzers"/> the index was written with.</summary>
    private const string AnalysisKey = "showcase.analysis";

    /// <summary>Commit data entries <c>showcase.position.{stream}</c> hold the positions (see <see cref="ISearchPositions"/>).</summary>
    private const string PositionPrefix = "showcase.position.";

    /// <summary>BM25, as Elasticsearch scores, so both engines rank alike.</summary>
    private static readonly BM25Similarity Similarity = new();

    private readonly Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _positions = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _writeLock = new();
    private DateTime _lastCommit = DateTime.UtcNow;
    private IReadOnlyDictionary<string, long> _committedPositions = new Dictionary<string, long>();

    /// <summary>A generation in <paramref name="directory"/>; <paramref name="warmer"/> prepares each merged segment before it is searched.</summary>
    public LuceneGeneration(Directory directory, string? folder, IndexWriter.IndexReaderWarmer? warmer = null)
    {
        _directory = directory;
        Folder = folder;
        var codec = LuceneCodec.Instance;
        // An index analysed by an earlier revision of the analysis starts over empty: the start-up convergence (which
        // re-applies every item the index lacks) fills it again with the current analysis.
        var committed = LastCommitData(directory);
        var current = committed is not null && committed.TryGetValue(AnalysisKey, out var revision) && revision == ChineseAnalyzers.Revision;
        _writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalyzers.Version, LuceneFields.Analyzer())
        {
            OpenMode = committed is null || current ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            RAMBufferSizeMB = 64,
            Codec = codec,
            Similarity = Similarity,
            MergedSegmentWarmer = warmer,
        });
        if (current)
        {
            foreach (var (key, value) in committed!.Where(e => e.Key.StartsWith(PositionPrefix, StringComparison.Ordinal)))
            {
                _positions[key[PositionPrefix.Length..]] = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        _committedPositions = Snapshot();
        _writer.SetCommitData(CommitData(_committedPositions));
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        LoadVersions();
    }

    /// <summary>Where it lives on disk (null in memory).</summary>
    public string? Folder { get; }

    public IReadOnlyDictionary<string, long> Versions => _versions;

    public IReadOnlyDictionary<string, long> Positions => _positions;

    /// <summary>The positions the last commit holds.</summary>
    public IReadOnlyDictionary<string, long> CommittedPositions => _committedPositions;

    /// <summary>Records a stream's position, to be committed with the writes made before it (never lowered).</summary>
    public void Advance(string stream, long position)
    {
        lock (_writeLock)
        {
            _positions.AddOrUpdate(stream, position, (_, held) => Math.Max(held, position));
        }
    }

    /// <summary>A searcher over what has been written, or false when this generation has just been replaced.</summary>
    public bool TryAcquire(out IndexSearcher searcher)
    {
        try
        {
            searcher = _searchers.Acquire();
            return true;
        }
        catch (ObjectDisposedException)
        {
            searcher = null!;
            return false;
        }
    }

    public void Release(IndexSearcher searcher) => _searchers.Release(searcher);

    public void Write(IReadOnlyList<(string Uid, long Version, Func<Document> Build)> changes)
    {
        lock (_writeLock)
        {
            // The versions are taken back if the write fails (a full disk fails the flush and Lucene drops the buffered
            // documents), so writing the same changes again really writes them.
            var written = new List<(string Uid, long? Before)>();
            try
            {
                foreach (var (uid, version, build) in changes)
                {
                    var known = _versions.TryGetValue(uid, out var indexed);
                    if (known && indexed >= version)
                    {
                        continue;
                    }

                    _writer.UpdateDocument(new Term(LuceneFields.Uid, uid), build());
                    written.Add((uid, known ? indexed : null));
                    _versions[uid] = version;
                }

                if (written.Count == 0)
                {
                    return;
                }

                if (DateTime.UtcNow - _lastCommit > CommitInterval)
                {
                    Commit();
                }

                _searchers.MaybeRefreshBlocking();
            }
            catch
            {
                foreach (var (uid, before) in written)
                {
                    if (before is { } version)
                    {
                        _versions[uid] = version;
                    }
                    else
                    {
                        _versions.TryRemove(uid, out _);
                    }
                }

                throw;
            }
        }
    }

    /// <summary>Deletes every document of a tenant, tombstones included, and forgets their versions; committed at once.</summary>
    public void Forget(string tenant)
    {
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(LuceneFields.Tenant, tenant));
            foreach (var uid in _versions.Keys.Where(uid => uid.StartsWith(tenant + "/", StringComparison.Ordinal)).ToArray())
            {
                _versions.TryRemove(uid, out _);
            }

            Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    public void Commit()
    {
        lock (_writeLock)
        {
            var positions = Snapshot();
            _writer.SetCommitData(CommitData(positions));
            _writer.Commit();
            _committedPositions = positions;
            _lastCommit = DateTime.UtcNow;
        }
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            _searchers.Dispose();
            _writer.SetCommitData(CommitData(Snapshot()));
            _writer.Commit();
            _writer.Dispose();
            _directory.Dispose();
        }
    }

    /// <summary>The user data of the index's last commit; null when there is no index yet.</summary>
    private static IDictionary<string, string>? LastCommitData(Directory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        var commit = new SegmentInfos();
        commit.Read(directory);
        return commit.UserData;
    }

    private Dictionary<string, long> Snapshot() => new(_positions, StringComparer.Ordinal);

    private static Dictionary<string, string> CommitData(IReadOnlyDictionary<string, long> positions)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [AnalysisKey] = ChineseAnalyzers.Revision };
        foreach (var (stream, position) in positions)
        {
            data[PositionPrefix + stream] = position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return data;
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

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
