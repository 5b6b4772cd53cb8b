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

        var query = LuceneQueries.Build(plan, request.Filters, relaxedMinimum);
        // Every item of the title tier holds each concept's own wording, so it is ranked by that wording alone: the
        // synonyms' spans, the costly part, run only for the rest.
        var literal = plan with { Required = [.. plan.Required.Select(c => new SearchConcept([c.Literal]))] };
        ScoreDoc[] first = [];
        var (inTitle, more) = (0, false);
        if (title is not null)
        {
            var top = TopScoreDocCollector.Create(wanted, false);
            (inTitle, more) = Capped(searcher, LuceneQueries.Within(LuceneQueries.Build(literal, request.Filters), title), scope, With(top), SearchScoring.CountLimit);
            first = top.GetTopDocs().ScoreDocs;
        }

        ITopDocsCollector rest = byDate
            ? TopFieldCollector.Create(new Sort(new SortField(LuceneFields.Date, SortFieldType.INT64, reverse: true)), wanted, false, false, false, false)
            : TopScoreDocCollector.Create(Math.Max(1, wanted - first.Length), false);
        var (outside, moreOutside) = more
            ? (0, true)
            : Capped(searcher, title is null ? query : LuceneQueries.Except(query, title), scope, With(rest), SearchScoring.CountLimit - inTitle);

        var counts = facets?.Result().ToDictionary(StringComparer.Ordinal) ?? new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var dimension in dimensions.Where(IsFiltered))
        {
            // A filtered dimension is counted over the matches of every other filter, so its other values keep their counts.
            var alone = new FacetCollector([dimension]);
            var others = LuceneQueries.Build(plan, request.Filters, relaxedMinimum, exceptDimension: dimension);
            var (seen, full) = title is null
                ? (0, false)
                : Capped(searcher, LuceneQueries.Within(LuceneQueries.Build(literal, request.Filters, exceptDimension: dimension), title), scope, alone, SearchScoring.CountLimit);
            if (!full)
            {
                Capped(searcher, title is null ? others : LuceneQueries.Except(others, title), scope, alone, SearchScoring.CountLimit - seen);
            }

            counts[dimension] = alone.Result()[dimension];
        }

        return ([.. first, .. rest.GetTopDocs().ScoreDocs], inTitle + outside, more || moreOutside, counts);
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
