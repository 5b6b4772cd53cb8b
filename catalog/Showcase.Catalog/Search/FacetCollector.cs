using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>
/// Counts the values of facet dimensions over the matching documents in one pass, segment by segment, from doc
/// values ordinals (strings are looked up once per segment, not per document).
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> dimensions) : ICollector
{
    private readonly Dictionary<string, int>[] _counts = dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[dimensions.Count];
    private readonly int[][] _segmentCounts = new int[dimensions.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var d = 0; d < dimensions.Count; d++)
        {
            _values[d] = context.AtomicReader.GetSortedSetDocValues(LuceneFields.FacetValues(dimensions[d]));
            _segmentCounts[d] = _values[d] is { } values ? new int[values.ValueCount] : [];
        }
    }

    public void Collect(int doc)
    {
        for (var d = 0; d < _values.Length; d++)
        {
            if (_values[d] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            var counts = _segmentCounts[d];
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>The counts per dimension, most first, then by value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        FlushSegment();
        return dimensions.Select((dimension, d) => (dimension, counts: (IReadOnlyList<FacetCount>)_counts[d]
                .Select(c => new FacetCount(c.Key, c.Value)).OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToArray()))
            .ToDictionary(x => x.dimension, x => x.counts);
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var d = 0; d < _values.Length; d++)
        {
            if (_values[d] is not { } values)
            {
                continue;
            }

            var counts = _segmentCounts[d];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var value = term.Utf8ToString();
                    _counts[d][value] = _counts[d].GetValueOrDefault(value) + counts[ord];
                }
            }

            _values[d] = null;
            _segmentCounts[d] = [];
        }
    }
}
