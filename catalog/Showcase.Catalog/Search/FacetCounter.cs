using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>
/// Counts the values of facet dimensions over a search's matches, segment by segment, from the segment's cached
/// <see cref="FacetOrdinals"/>: by intersecting the matches with each value's bit set when that costs less than
/// visiting the matches (few values, many matches), else match by match.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> dimensions)
{
    private readonly Dictionary<string, int>[] _counts = dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();

    /// <summary>Adds the values of the segment's <paramref name="matches"/> (<paramref name="matchCount"/> of them).</summary>
    public void Count(AtomicReaderContext leaf, FixedBitSet matches, int matchCount)
    {
        for (var d = 0; d < dimensions.Count; d++)
        {
            if (matchCount == 0 || FacetOrdinals.Of(leaf.AtomicReader, LuceneFields.FacetValues(dimensions[d])) is not { } ordinals)
            {
                continue;
            }

            // A set intersection reads one word per 64 documents; a visit costs a few reads per match.
            var words = (matches.Length + 63) / 64;
            if ((long)ordinals.Values.Length * words < 4L * matchCount && ordinals.ValueSets is { } sets)
            {
                for (var ord = 0; ord < sets.Length; ord++)
                {
                    Add(d, ordinals.Values[ord], (int)FixedBitSet.IntersectionCount(matches, sets[ord]));
                }

                continue;
            }

            var counts = new int[ordinals.Values.Length];
            for (var doc = matches.NextSetBit(0); doc >= 0; doc = doc + 1 < matches.Length ? matches.NextSetBit(doc + 1) : -1)
            {
                for (int i = ordinals.Starts[doc], end = ordinals.Starts[doc + 1]; i < end; i++)
                {
                    counts[ordinals.Ords[i]]++;
                }
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                Add(d, ordinals.Values[ord], counts[ord]);
            }
        }
    }

    /// <summary>The counts per dimension, most first, then by value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result() =>
        dimensions.Select((dimension, d) => (dimension, counts: (IReadOnlyList<FacetCount>)_counts[d]
                .Select(c => new FacetCount(c.Key, c.Value)).OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToArray()))
            .ToDictionary(x => x.dimension, x => x.counts);

    private void Add(int dimension, string value, int count)
    {
        if (count > 0)
        {
            _counts[dimension][value] = _counts[dimension].GetValueOrDefault(value) + count;
        }
    }
}
