using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>Counts the values of one facet dimension over the matching documents, segment by segment, from doc values.</summary>
internal sealed class FacetCollector(string dimension) : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? _values;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _values = context.AtomicReader.GetSortedSetDocValues(LuceneFields.FacetValues(dimension));
        _segmentCounts = _values is null ? [] : new int[_values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (_values is null)
        {
            return;
        }

        _values.SetDocument(doc);
        for (var ord = _values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _values.NextOrd())
        {
            _segmentCounts[ord]++;
        }
    }

    /// <summary>The counts, most first, then by value.</summary>
    public IReadOnlyList<FacetCount> Result()
    {
        FlushSegment();
        return _counts.Select(c => new FacetCount(c.Key, c.Value)).OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToArray();
    }

    private void FlushSegment()
    {
        if (_values is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] > 0)
            {
                _values.LookupOrd(ord, term);
                var value = term.Utf8ToString();
                _counts[value] = _counts.GetValueOrDefault(value) + _segmentCounts[ord];
            }
        }

        _values = null;
        _segmentCounts = [];
    }
}
