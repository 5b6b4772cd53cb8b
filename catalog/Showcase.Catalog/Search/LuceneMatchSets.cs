using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>
/// Which documents of a segment match one query part (a phrase, a facet value, a portal's scope), as a bit set kept
/// while the segment lives: segments never change, so a part is evaluated — positions and all — once per segment, and
/// every later search that asks for it combines bits instead. Deleted documents are still in the sets; a search skips
/// them. One index's sets share a memory budget: past it the least recently used go.
/// </summary>
internal sealed class LuceneMatchSets(long budget)
{
    /// <summary>What an index's sets may hold together by default (a set costs one bit per document of its segment).</summary>
    public const long DefaultBudget = 64L * 1024 * 1024;

    private static readonly ConditionalWeakTable<IBits, FixedBitSet> LiveCopies = [];
    private readonly ConditionalWeakTable<object, Segment> _segments = [];
    private readonly List<WeakReference<Segment>> _known = [];
    private readonly System.Threading.Lock _evictionLock = new();
    private long _bytes;
    private long _clock;

    /// <summary>Bytes the sets hold now (as last counted).</summary>
    public long Held => Interlocked.Read(ref _bytes);

    /// <summary>
    /// The matches of <paramref name="query"/> in every segment of <paramref name="searcher"/>, by leaf ordinal;
    /// <paramref name="key"/> names the query (the same key must always mean the same query).
    /// </summary>
    public FixedBitSet[] Of(IndexSearcher searcher, string key, Func<Query> query)
    {
        var leaves = searcher.IndexReader.Leaves;
        var sets = new FixedBitSet[leaves.Count];
        Weight? weight = null;
        for (var i = 0; i < leaves.Count; i++)
        {
            var leaf = leaves[i];
            var segment = SegmentOf(leaf.AtomicReader);
            var now = Interlocked.Increment(ref _clock);
            if (segment.Sets.TryGetValue(key, out var cached))
            {
                cached.LastUse = now;
                sets[i] = cached.Bits;
                continue;
            }

            weight ??= searcher.CreateNormalizedWeight(query());
            var bits = Evaluate(weight, leaf);
            if (segment.Sets.TryAdd(key, new Entry(bits) { LastUse = now }) && Interlocked.Add(ref _bytes, Bytes(bits)) > budget)
            {
                Evict();
            }

            sets[i] = bits;
        }

        return sets;
    }

    /// <summary>
    /// The segment's live documents as a bit set, or null when none is deleted; copied once per state of its deletions
    /// (a reopened reader with new deletions brings a new one).
    /// </summary>
    public static FixedBitSet? Live(AtomicReader reader) =>
        reader.LiveDocs switch
        {
            null => null,
            FixedBitSet bits => bits,
            var live => LiveCopies.GetValue(live, Copy),
        };

    private static FixedBitSet Copy(IBits live)
    {
        var bits = new FixedBitSet(live.Length);
        for (var doc = 0; doc < live.Length; doc++)
        {
            if (live.Get(doc))
            {
                bits.Set(doc);
            }
        }

        return bits;
    }

    private static FixedBitSet Evaluate(Weight weight, AtomicReaderContext leaf)
    {
        var bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        if (weight.GetScorer(leaf, acceptDocs: null) is { } scorer)
        {
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                bits.Set(doc);
            }
        }

        return bits;
    }

    private Segment SegmentOf(AtomicReader reader) =>
        _segments.GetValue(reader.CoreCacheKey, _ =>
        {
            var segment = new Segment();
            lock (_evictionLock)
            {
                _known.Add(new WeakReference<Segment>(segment));
            }

            return segment;
        });

    /// <summary>Drops the least recently used sets until a quarter of the budget is free (and forgets segments that are gone).</summary>
    private void Evict()
    {
        lock (_evictionLock)
        {
            _known.RemoveAll(r => !r.TryGetTarget(out _));
            var entries = _known.Select(r => r.TryGetTarget(out var s) ? s : null).OfType<Segment>()
                .SelectMany(s => s.Sets.Select(e => (Segment: s, e.Key, e.Value))).ToList();
            var held = entries.Sum(e => Bytes(e.Value.Bits));
            foreach (var (segment, key, entry) in entries.OrderBy(e => e.Value.LastUse))
            {
                if (held <= budget * 3 / 4)
                {
                    break;
                }

                if (segment.Sets.TryRemove(key, out _))
                {
                    held -= Bytes(entry.Bits);
                }
            }

            Interlocked.Exchange(ref _bytes, held);
        }
    }

    private static long Bytes(FixedBitSet bits) => bits.GetBits().Length * sizeof(long);

    private sealed class Segment
    {
        public ConcurrentDictionary<string, Entry> Sets { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Entry(FixedBitSet bits)
    {
        public FixedBitSet Bits { get; } = bits;

        public long LastUse { get; set; }
    }
}
