using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>
/// A search's parts as bit sets per segment (<see cref="LuceneMatchSets"/>): the portal's scope, each filter, each
/// concept (its own wording, and it or any synonym), each wording in the title. The matches are bits combined; the
/// estimate that picks which matches are scored in full reads the same bits.
/// </summary>
internal sealed class LuceneMatchParts
{
    private readonly IndexSearcher _searcher;
    private readonly LuceneMatchSets _sets;
    private readonly int _relaxedMinimum;
    private readonly string _tenant;
    private FixedBitSet[]? _scope;
    private readonly Dictionary<string, FixedBitSet[]> _filters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FixedBitSet[]> _phrases = new(StringComparer.Ordinal);
    private readonly Part[] _required;
    private readonly Part[] _scored;
    private readonly Part[] _titles;
    private readonly FixedBitSet?[] _titleTier;

    public LuceneMatchParts(IndexSearcher searcher, LuceneMatchSets sets, SearchRequest request, SearchPlan plan, int relaxedMinimum, bool tiered)
    {
        _searcher = searcher;
        _sets = sets;
        _relaxedMinimum = relaxedMinimum;
        var leaves = searcher.IndexReader.Leaves.Count;
        _tenant = request.Tenant;
        foreach (var (dimension, values) in request.Filters.Where(f => f.Value.Count > 0))
        {
            _filters[dimension] = Union(values.Select(v => sets.Of(searcher, $"facet\u0001{dimension}\u0001{v}", () => new TermQuery(new Term(dimension, v)))).ToArray());
        }

        _required = [.. plan.Required.Select(Concept)];
        _scored = [.. _required, .. plan.Optional.Select(Concept)];
        _titles = [.. plan.Required.Select(c => c.Literal).Concat(plan.Literals).Select(Title)];
        _titleTier = new FixedBitSet?[leaves];
        if (tiered && _required.Length > 0)
        {
            for (var i = 0; i < leaves; i++)
            {
                _titleTier[i] = Intersection(_titles.Take(_required.Length).Select(t => t.Literal[i]));
            }
        }
    }

    /// <summary>Evaluates the plan's words into match sets (see <see cref="LuceneMatchWarmer"/>).</summary>
    public static void Prepare(IndexSearcher searcher, LuceneMatchSets sets, SearchPlan plan) =>
        _ = new LuceneMatchParts(searcher, sets, new SearchRequest("", null), plan, relaxedMinimum: 0, tiered: false);

    /// <summary>The live documents of segment <paramref name="leaf"/> that match, with every filter but <paramref name="exceptDimension"/>'s.</summary>
    public FixedBitSet Matches(int leaf, string? exceptDimension)
    {
        _scope ??= _sets.Of(_searcher, "scope\u0001" + _tenant, () => LuceneQueries.ScopeQuery(_tenant));
        var matches = _scope[leaf].Clone();
        foreach (var (dimension, sets) in _filters)
        {
            if (dimension != exceptDimension)
            {
                matches.And(sets[leaf]);
            }
        }

        if (LuceneMatchSets.Live(_searcher.IndexReader.Leaves[leaf].AtomicReader) is { } live)
        {
            matches.And(live);
        }

        if (_relaxedMinimum == 0)
        {
            foreach (var concept in _required)
            {
                matches.And(concept.Any[leaf]);
            }

            return matches;
        }

        matches.And(AtLeast(_required.Select(c => c.Any[leaf]).ToArray(), _relaxedMinimum, matches.Length));
        return matches;
    }

    /// <summary>
    /// The documents in at least <paramref name="minimum"/> of <paramref name="sets"/>, counted 64 documents at a time:
    /// <c>atLeast[j]</c> holds those seen in j sets so far, and each set moves its documents up one count.
    /// </summary>
    private static FixedBitSet AtLeast(FixedBitSet[] sets, int minimum, int length)
    {
        var atLeast = Enumerable.Range(0, minimum + 1).Select(_ => new FixedBitSet(length)).ToArray();
        var counts = atLeast.Select(s => s.GetBits()).ToArray();
        foreach (var set in sets)
        {
            var bits = set.GetBits();
            for (var word = 0; word < counts[1].Length; word++)
            {
                for (var j = minimum; j > 1; j--)
                {
                    counts[j][word] |= counts[j - 1][word] & bits[word];
                }

                counts[1][word] |= bits[word];
            }
        }

        return atLeast[minimum];
    }

    /// <summary>Of <paramref name="matches"/> in segment <paramref name="leaf"/>, those whose title holds every concept's own wording (or not).</summary>
    public FixedBitSet TitleTier(int leaf, FixedBitSet matches, bool inTitle)
    {
        var tier = matches.Clone();
        if (_titleTier[leaf] is not { } titled)
        {
            return inTitle ? new FixedBitSet(matches.Length) : tier;
        }

        if (inTitle)
        {
            tier.And(titled);
        }
        else
        {
            tier.AndNot(titled);
        }

        return tier;
    }

    /// <summary>The highest <see cref="Estimate"/> a document of the title tier (or of the rest) can reach.</summary>
    public double MostEstimate(bool inTitle)
    {
        var most = _scored.Sum(c => c.Weight) + _titles.Sum(t => t.Weight * SearchScoring.TitleBoost);
        return inTitle || _required.Length == 0 ? most : most - _titles.Take(_required.Length).Min(t => t.Weight) * SearchScoring.TitleBoost;
    }

    /// <summary>The set's documents, last first.</summary>
    public static IEnumerable<int> Descending(FixedBitSet set)
    {
        for (var doc = set.Length == 0 ? -1 : set.PrevSetBit(set.Length - 1); doc >= 0; doc = doc == 0 ? -1 : set.PrevSetBit(doc - 1))
        {
            yield return doc;
        }
    }

    /// <summary>
    /// How well the document matches, cheaply: each concept counts its weight in its own wording and
    /// <see cref="SearchScoring.SynonymWeight"/> of it through a synonym, each wording in the title
    /// <see cref="SearchScoring.TitleBoost"/> times its weight; a part's weight is its rarity.
    /// </summary>
    public double Estimate(int leaf, int doc)
    {
        var estimate = 0.0;
        foreach (var concept in _scored)
        {
            estimate += concept.Literal[leaf].Get(doc) ? concept.Weight
                : concept.Any[leaf].Get(doc) ? concept.Weight * SearchScoring.SynonymWeight
                : 0;
        }

        foreach (var title in _titles)
        {
            estimate += title.Literal[leaf].Get(doc) ? title.Weight * SearchScoring.TitleBoost : 0;
        }

        return estimate;
    }

    /// <summary>Whether any of <paramref name="docs"/> holds the phrase in the field (true for a phrase this search has no set of).</summary>
    public Func<string, SearchPhrase, bool> HeldBy(IEnumerable<int> docs)
    {
        var leaves = _searcher.IndexReader.Leaves;
        var located = docs.Select(d => ReaderUtil.SubIndex(d, leaves) is var i ? (Leaf: i, Doc: d - leaves[i].DocBase) : default).ToArray();
        return (field, phrase) => !_phrases.TryGetValue(SetKey(field, phrase), out var sets) || located.Any(l => sets[l.Leaf].Get(l.Doc));
    }

    private Part Concept(SearchConcept concept)
    {
        var alternatives = concept.Alternatives.Select(a => Sets(LuceneFields.All, a, () => LuceneQueries.Phrase(a))).ToArray();
        var any = alternatives.Length == 1 ? alternatives[0] : Union(alternatives);
        return new Part(alternatives[0], any, Rarity(any));
    }

    private Part Title(SearchPhrase phrase)
    {
        var sets = Sets(LuceneFields.Title, phrase, () => LuceneQueries.Title(phrase, 1f));
        return new Part(sets, sets, Rarity(sets));
    }

    private FixedBitSet[] Sets(string field, SearchPhrase phrase, Func<Query> query)
    {
        var key = SetKey(field, phrase);
        if (!_phrases.TryGetValue(key, out var sets))
        {
            _phrases[key] = sets = _sets.Of(_searcher, key, query);
        }

        return sets;
    }

    /// <summary>An inverse document frequency: a part that few documents hold tells more.</summary>
    private double Rarity(FixedBitSet[] sets) =>
        1 + Math.Log((_searcher.IndexReader.MaxDoc + 1.0) / (sets.Sum(s => (long)s.Cardinality) + 1.0));

    /// <summary>
    /// What a phrase matches in the full text is fixed by its words and how they split into pieces (and whether a piece
    /// is fuzzy); in the title, by its text (word for word).
    /// </summary>
    private static string SetKey(string field, SearchPhrase phrase) =>
        field == LuceneFields.Title
            ? "title\u0001" + phrase.Text
            : "all\u0001" + string.Join("\u0002", phrase.Pieces.Select(p => p.Fuzzy ? "~" + p.Text : p.Text));

    private static FixedBitSet[] Union(FixedBitSet[][] alternatives) =>
        [.. Enumerable.Range(0, alternatives[0].Length).Select(i =>
        {
            var union = alternatives[0][i].Clone();
            foreach (var alternative in alternatives.Skip(1))
            {
                union.Or(alternative[i]);
            }

            return union;
        })];

    private static FixedBitSet Intersection(IEnumerable<FixedBitSet> sets)
    {
        FixedBitSet? all = null;
        foreach (var set in sets)
        {
            if (all is null)
            {
                all = set.Clone();
            }
            else
            {
                all.And(set);
            }
        }

        return all!;
    }

    /// <summary>One part: what its own wording matches, what it or any alternative matches, per segment; and its weight.</summary>
    private sealed record Part(FixedBitSet[] Literal, FixedBitSet[] Any, double Weight);
}
