using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>
/// Counts the values of facet dimensions over the matching documents in one pass, segment by segment, from the
/// segment's cached <see cref="FacetOrdinals"/> (strings are looked up once per segment, not per document).
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> dimensions) : ICollector
{
    private readonly Dictionary<string, int>[] _counts = dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[dimensions.Count];
    private readonly FacetOrdinals?[] _ordinals = new FacetOrdinals?[dimensions.Count];
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
            var field = LuceneFields.FacetValues(dimensions[d]);
            _ordinals[d] = FacetOrdinals.Of(context.AtomicReader, field);
            _values[d] = _ordinals[d] is null ? null : context.AtomicReader.GetSortedSetDocValues(field);
            _segmentCounts[d] = _ordinals[d] is { } ordinals ? new int[ordinals.ValueCount] : [];
        }
    }

    public void Collect(int doc)
    {
        for (var d = 0; d < _ordinals.Length; d++)
        {
            if (_ordinals[d] is not { } ordinals)
            {
                continue;
            }

            var counts = _segmentCounts[d];
            var ords = ordinals.Ords;
            for (int i = ordinals.Starts[doc], end = ordinals.Starts[doc + 1]; i < end; i++)
            {
                counts[ords[i]]++;
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
