using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>
/// One dimension's value ordinals of every document of a segment, laid out flat (document d's ordinals are
/// <c>Ords[Starts[d]..Starts[d + 1]]</c>), and the values themselves. Segments never change, so this is built once per
/// segment and dimension and kept while the segment lives; counting a match is then two array reads instead of a
/// doc-values decode. A dimension of few values also keeps each value's documents as a bit set (<see cref="ValueSets"/>),
/// so a value is counted over any number of matches by intersecting bits.
/// </summary>
internal sealed class FacetOrdinals
{
    /// <summary>Dimensions with at most this many values in a segment keep a bit set per value.</summary>
    public const int MaximumValueSets = 64;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FacetOrdinals?>> Cache = [];
    private readonly Lazy<FixedBitSet[]?> _valueSets;

    private FacetOrdinals(int[] starts, int[] ords, string[] values)
    {
        Starts = starts;
        Ords = ords;
        Values = values;
        _valueSets = new Lazy<FixedBitSet[]?>(() => values.Length > MaximumValueSets ? null : BuildValueSets());
    }

    public int[] Starts { get; }

    public int[] Ords { get; }

    /// <summary>The value of each ordinal.</summary>
    public string[] Values { get; }

    /// <summary>Each value's documents, by ordinal, or null when the dimension has too many values for sets.</summary>
    public FixedBitSet[]? ValueSets => _valueSets.Value;

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
        var term = new BytesRef();
        var names = new string[values.ValueCount];
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, term);
            names[ord] = term.Utf8ToString();
        }

        return new FacetOrdinals(starts, [.. ords], names);
    }

    private FixedBitSet[] BuildValueSets()
    {
        var sets = Values.Select(_ => new FixedBitSet(Starts.Length - 1)).ToArray();
        for (var doc = 0; doc < Starts.Length - 1; doc++)
        {
            for (var i = Starts[doc]; i < Starts[doc + 1]; i++)
            {
                sets[Ords[i]].Set(doc);
            }
        }

        return sets;
    }
}
