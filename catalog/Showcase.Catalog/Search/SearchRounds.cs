namespace Showcase.Catalog.Search;

/// <summary>
/// A search in rounds, the same on every engine: every concept of the query; when that finds nothing and the query has
/// enough concepts, most of them (<see cref="SearchResult.Partial"/>); when that still finds nothing, a corrected query
/// to suggest (<see cref="SearchSuggestion"/>).
/// </summary>
internal static class SearchRounds
{
    /// <summary>One round on the engine: the request's plan with at least this many concepts (0: all of them).</summary>
    public delegate Task<SearchResult> Round(SearchRequest request, SearchPlan plan, int relaxedMinimum, CancellationToken cancellationToken);

    public static async Task<SearchResult> RunAsync(SearchRequest request, Round round, ISearchVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var plan = SearchPlan.Parse(request.Query, request.Thesaurus);
        var result = await FindAsync(request, plan, round, cancellationToken);
        if (result.Total > 0 || plan.IsEmpty)
        {
            return result;
        }

        var suggestion = await SearchSuggestion.SuggestAsync(request, plan, vocabulary, async (query, token) =>
            (await FindAsync(request with { Query = query, Skip = 0, Take = 0, FacetDimensions = [] }, SearchPlan.Parse(query, request.Thesaurus), round, token)).Total > 0,
            cancellationToken);
        return result with { Suggestion = suggestion };
    }

    /// <summary>Every concept, or, when that finds nothing, most of them (partial).</summary>
    private static async Task<SearchResult> FindAsync(SearchRequest request, SearchPlan plan, Round round, CancellationToken cancellationToken)
    {
        var result = await round(request, plan, 0, cancellationToken);
        return result.Total == 0 && plan.RelaxedMinimum > 0
            ? await round(request, plan, plan.RelaxedMinimum, cancellationToken) with { Partial = true }
            : result;
    }
}
