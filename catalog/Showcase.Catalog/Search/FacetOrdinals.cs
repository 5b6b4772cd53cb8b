using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Showcase.Catalog.Search;

/// <summary>
/// One dimension's value ordinals of every document of a segment, laid out flat (document d's ordinals are
/// <c>Ords[Starts[d]..Starts[d + 1]]</c>). Segments never change, so this is built once per segment and dimension and
/// kept while the segment lives; counting a match is then two array reads instead of a doc-values decode.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FacetOrdinals?>> Cache = [];

    private FacetOrdinals(int[] starts, int[] ords, int valueCount)
    {
        Starts = starts;
        Ords = ords;
        ValueCount = valueCount;
    }

    public int[] Starts { get; }

    public int[] Ords { get; }

    public int ValueCount { get; }

    /// <summary>The segment's ordinals of <paramref name="field"/>, or null when no document of it has a value.</summary>
    public static FacetOrdinals? Of(AtomicReader reader, string field) =>
        Cache.GetOrCreateValue(reader.CoreCacheKey).GetOrAdd(field, f => Build(reader, f));

    private static FacetOrdinals? Build(AtomicReader reader, string field)
    {
        if (reader.GetSortedSetDocValues(field) is not { } values)
        {
            return null;
        }

        var starts = new int[reader.MaxDoc + 1];
        var ords = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                ords.Add((int)ord);
            }
        }

        starts[reader.MaxDoc] = ords.Count;
        return new FacetOrdinals(starts, [.. ords], (int)values.ValueCount);
    }
}
