using Lucene.Net.Search;

namespace Showcase.Catalog.Search;

/// <summary>
/// One search, in two tiers so a page costs about the same at any catalog size:
/// <list type="number">
/// <item>the title tier — items whose title holds the wording of every concept — comes first, so a literal title
/// match ranks first by construction;</item>
/// <item>then the rest.</item>
/// </list>
/// Both tiers are matched newest segment first, and together they visit at most <see cref="SearchScoring.CountLimit"/>
/// matches: past it the total is a lower bound (“10,000+”), the facets count the matches seen, and each tier is ranked
/// among the matches seen (the newest).
/// Searches by date (and without words) have no title tier.
/// </summary>
internal static class LuceneTieredSearch
{
    public static (ScoreDoc[] Ranked, int Total, bool AtLeast, Dictionary<string, IReadOnlyList<FacetCount>> Facets) Run(
        IndexSearcher searcher, SearchRequest request, SearchPlan plan, int relaxedMinimum)
    {
        var scope = LuceneQueries.Scope(request.Tenant);
        var byDate = request.Sort == SearchSort.Newest || plan.IsEmpty;
        var title = byDate || relaxedMinimum > 0 ? null : LuceneQueries.TitleTier(plan);
        var wanted = Math.Max(1, request.Skip + request.Take);

        // The top hits and the dimensions without a filter of their own are collected in the same passes.
        bool IsFiltered(string dimension) => request.Filters.TryGetValue(dimension, out var values) && values.Count > 0;
        var dimensions = request.FacetDimensions.Distinct().ToArray();
        var together = dimensions.Where(d => !IsFiltered(d)).ToArray();
        var facets = together.Length > 0 ? new FacetCollector(together) : null;
        ICollector With(ICollector collector) => facets is null ? collector : MultiCollector.Wrap(collector, facets);

        // Every item of the title tier holds each concept's own wording, so it is ranked by that wording alone: the
        // synonyms' spans, the costly part, run only for the rest.
        var literal = plan with { Required = [.. plan.Required.Select(c => new SearchConcept([c.Literal]))] };

        // Both tiers' matches under every filter but exceptDimension's, title tier first, visited up to the limit together.
        (int Counted, bool More) Tiers(string? exceptDimension, ICollector inTitle, ICollector outside)
        {
            var query = LuceneQueries.Build(plan, request.Filters, relaxedMinimum, exceptDimension);
            if (title is null)
            {
                return Capped(searcher, query, scope, outside, SearchScoring.CountLimit);
            }

            var titled = LuceneQueries.Within(LuceneQueries.Build(literal, request.Filters, exceptDimension: exceptDimension), title);
            var (seen, more) = Capped(searcher, titled, scope, inTitle, SearchScoring.CountLimit);
            if (more)
            {
                return (seen, true);
            }

            var (rest, moreRest) = Capped(searcher, LuceneQueries.Except(query, title), scope, outside, SearchScoring.CountLimit - seen);
            return (seen + rest, moreRest);
        }

        var first = TopScoreDocCollector.Create(wanted, false);
        ITopDocsCollector rest = byDate
            ? TopFieldCollector.Create(new Sort(new SortField(LuceneFields.Date, SortFieldType.INT64, reverse: true)), wanted, false, false, false, false)
            : TopScoreDocCollector.Create(wanted, false);
        var (total, atLeast) = Tiers(null, With(first), With(rest));

        var counts = facets?.Result().ToDictionary(StringComparer.Ordinal) ?? new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var dimension in dimensions.Where(IsFiltered))
        {
            // A filtered dimension is counted over the matches of every other filter, so its other values keep their counts.
            var alone = new FacetCollector([dimension]);
            Tiers(dimension, alone, alone);
            counts[dimension] = alone.Result()[dimension];
        }

        // The title tier's hits come first; what the page does not reach of the rest's list is cut by Skip and Take.
        return ([.. first.GetTopDocs().ScoreDocs, .. rest.GetTopDocs().ScoreDocs], total, atLeast, counts);
    }

    /// <summary>
    /// Collects the matches of <paramref name="query"/>, newest segment first, until <paramref name="limit"/>; returns
    /// how many it collected and whether more matched.
    /// </summary>
    private static (int Counted, bool More) Capped(IndexSearcher searcher, Query query, Filter scope, ICollector collector, int limit)
    {
        var weight = searcher.CreateNormalizedWeight(new FilteredQuery(query, scope));
        var leaves = searcher.IndexReader.Leaves;
        var counted = 0;
        for (var i = leaves.Count - 1; i >= 0; i--)
        {
            var leaf = leaves[i];
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            if (counted == limit)
            {
                if (scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    return (counted, true);
                }

                continue;
            }

            collector.SetNextReader(leaf);
            collector.SetScorer(scorer);
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                if (counted == limit)
                {
                    return (counted, true);
                }

                collector.Collect(doc);
                counted++;
            }
        }

        return (counted, false);
    }
}
