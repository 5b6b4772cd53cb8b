using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>
/// One search, so that a page costs about the same at any catalog size:
/// <list type="number">
/// <item>the matches, their total and their facet counts come from bit sets of each query part
/// (<see cref="LuceneMatchParts"/>): exact, and costing bits rather than positions once a part has been seen;</item>
/// <item>the title tier — items whose title holds the wording of every concept — ranks first, so a literal title match
/// ranks first by construction; then the rest;</item>
/// <item>within each tier a cheap estimate (which concepts match literally, which through a synonym, which sit in the
/// title, weighed by rarity) picks the <see cref="SearchScoring.RescoreDepth"/> best, newest among equals, and only
/// those are scored in full, positions and all, by the same query as always.</item>
/// </list>
/// So with fewer matches than the depth the order is exactly the full query's; past it the full query orders the
/// estimate's best. Searches by date (and without words) have no tier and need no score.
/// </summary>
internal static class LuceneTieredSearch
{
    public static (ScoreDoc[] Ranked, int Total, Dictionary<string, IReadOnlyList<FacetCount>> Facets) Run(
        IndexSearcher searcher, LuceneMatchSets sets, SearchRequest request, SearchPlan plan, int relaxedMinimum)
    {
        var leaves = searcher.IndexReader.Leaves;
        var byDate = request.Sort == SearchSort.Newest || plan.IsEmpty;
        var parts = new LuceneMatchParts(searcher, sets, request, plan, relaxedMinimum, tiered: !byDate && relaxedMinimum == 0);
        var wanted = Math.Max(1, request.Skip + request.Take);

        bool IsFiltered(string dimension) => request.Filters.TryGetValue(dimension, out var values) && values.Count > 0;
        var dimensions = request.FacetDimensions.Distinct().ToArray();
        var together = dimensions.Where(d => !IsFiltered(d)).ToArray();
        var facets = new FacetCounter(together);

        var matches = new FixedBitSet[leaves.Count];
        var total = 0;
        for (var i = 0; i < leaves.Count; i++)
        {
            matches[i] = parts.Matches(i, exceptDimension: null);
            var count = (int)matches[i].Cardinality;
            total += count;
            facets.Count(leaves[i], matches[i], count);
        }

        var counts = facets.Result().ToDictionary(StringComparer.Ordinal);
        foreach (var dimension in dimensions.Where(IsFiltered))
        {
            // A filtered dimension is counted over the matches of every other filter, so its other values keep their counts.
            var alone = new FacetCounter([dimension]);
            for (var i = 0; i < leaves.Count; i++)
            {
                var others = parts.Matches(i, dimension);
                alone.Count(leaves[i], others, (int)others.Cardinality);
            }

            counts[dimension] = alone.Result()[dimension];
        }

        if (request.Take == 0)
        {
            // Only the count was asked for (a suggestion's check, say): nothing to rank.
            return ([], total, counts);
        }

        if (byDate)
        {
            var newest = new Candidates(wanted);
            for (var i = leaves.Count - 1; i >= 0; i--)
            {
                var dates = leaves[i].AtomicReader.GetNumericDocValues(LuceneFields.Date);
                foreach (var doc in LuceneMatchParts.Descending(matches[i]))
                {
                    newest.Offer(leaves[i].DocBase + doc, dates.Get(doc));
                }
            }

            return ([.. newest.Best().Select(c => new ScoreDoc(c.Doc, float.NaN))], total, counts);
        }

        // Every item of the title tier holds each concept's own wording, so it is scored by that wording alone. The
        // rest is needed only when the page reaches past the title tier.
        var depth = Math.Max(SearchScoring.RescoreDepth, wanted);
        var (inTitle, titled) = Choose(leaves, parts, matches, depth, inTitle: true);
        var literal = plan with { Required = [.. plan.Required.Select(c => new SearchConcept([c.Literal]))] };
        var ranked = Rescore(searcher, parts, held => LuceneQueries.Build(literal, held: held), inTitle).ToList();
        if (titled < wanted)
        {
            var (rest, _) = Choose(leaves, parts, matches, depth, inTitle: false);
            ranked.AddRange(Rescore(searcher, parts, held => LuceneQueries.Build(plan, relaxedMinimum, held), rest));
        }

        return ([.. ranked], total, counts);
    }

    /// <summary>
    /// The best <paramref name="depth"/> matches of the title tier (or of the rest) by the estimate, newest among equals,
    /// and how many the tier holds; visiting stops once every kept one has the highest estimate the tier allows.
    /// </summary>
    private static (Candidates Chosen, int Count) Choose(IList<AtomicReaderContext> leaves, LuceneMatchParts parts, FixedBitSet[] matches, int depth, bool inTitle)
    {
        var chosen = new Candidates(depth);
        var most = parts.MostEstimate(inTitle);
        var settled = false;
        var count = 0;
        for (var i = leaves.Count - 1; i >= 0; i--)
        {
            var tier = parts.TitleTier(i, matches[i], inTitle);
            count += (int)tier.Cardinality;
            foreach (var doc in settled ? [] : LuceneMatchParts.Descending(tier))
            {
                chosen.Offer(leaves[i].DocBase + doc, parts.Estimate(i, doc));
                if (chosen.IsFullAt(most))
                {
                    settled = true;
                    break;
                }
            }
        }

        return (chosen, count);
    }

    /// <summary>The candidates scored by the query <paramref name="build"/> makes for them, best first, newest among equals.</summary>
    private static IEnumerable<ScoreDoc> Rescore(IndexSearcher searcher, LuceneMatchParts parts, Func<Func<string, SearchPhrase, bool>, Query> build, Candidates candidates)
    {
        var chosen = candidates.Best().Select(c => c.Doc).ToArray();
        if (chosen.Length == 0)
        {
            return [];
        }

        var query = build(parts.HeldBy(chosen));
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var scored = new List<(ScoreDoc Hit, long Date)>(chosen.Length);
        foreach (var group in chosen.Order().GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)))
        {
            // Each chosen document is reached through the postings' skip lists: a page of documents costs a page of skips.
            var leaf = leaves[group.Key];
            var scorer = weight.GetScorer(leaf, acceptDocs: null);
            var dates = leaf.AtomicReader.GetNumericDocValues(LuceneFields.Date);
            foreach (var doc in group)
            {
                var local = doc - leaf.DocBase;
                if (scorer is not null && scorer.DocID < local)
                {
                    scorer.Advance(local);
                }

                var score = scorer is not null && scorer.DocID == local ? scorer.GetScore() : 0f;
                scored.Add((new ScoreDoc(doc, score), dates?.Get(local) ?? 0));
            }
        }

        return scored.OrderByDescending(s => s.Hit.Score).ThenByDescending(s => s.Date).ThenByDescending(s => s.Hit.Doc).Select(s => s.Hit);
    }

    /// <summary>The best <c>depth</c> documents by a key offered one by one (a document offered later loses a tie).</summary>
    private sealed class Candidates(int depth)
    {
        private readonly PriorityQueue<int, (double Key, int Order)> _worstFirst = new(depth + 1);
        private int _offered;

        public void Offer(int doc, double key)
        {
            // Later offers rank below earlier ones with the same key.
            var priority = (key, -_offered++);
            if (_worstFirst.Count < depth)
            {
                _worstFirst.Enqueue(doc, priority);
            }
            else if (_worstFirst.TryPeek(out _, out var worst) && priority.CompareTo(worst) > 0)
            {
                _worstFirst.EnqueueDequeue(doc, priority);
            }
        }

        /// <summary>Whether every kept document has (about) <paramref name="most"/>, so no later offer can displace one.</summary>
        public bool IsFullAt(double most) =>
            _worstFirst.Count == depth && _worstFirst.TryPeek(out _, out var worst) && worst.Key >= most - 1e-9 * Math.Max(1, Math.Abs(most));

        /// <summary>The kept documents, best first.</summary>
        public IEnumerable<(int Doc, double Key)> Best() =>
            _worstFirst.UnorderedItems.OrderByDescending(e => e.Priority).Select(e => (e.Element, e.Priority.Key));
    }
}
