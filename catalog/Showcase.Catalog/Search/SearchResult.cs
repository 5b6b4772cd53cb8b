namespace Showcase.Catalog.Search;

/// <summary>One hit: which item, its title and a snippet with the matched words in <c>&lt;mark&gt;</c> (HTML-encoded otherwise).</summary>
public sealed record SearchHit(string Kind, string Id, string Title, string? Subtitle, string TitleHtml, string SnippetHtml, float? Score, DateTimeOffset Date)
{
    /// <summary>The title and snippet are the item's English (asked for with <see cref="SearchRequest.InEnglish"/>, and written).</summary>
    public bool InEnglish { get; init; }
}

public sealed record FacetCount(string Value, int Count);

public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    /// <summary>More matched than were counted: <see cref="Total"/> is a lower bound and the facets count the matches seen.</summary>
    public bool TotalIsLowerBound { get; init; }

    /// <summary>Nothing held every word of the query, so these hits hold most of them (best first).</summary>
    public bool Partial { get; init; }

    /// <summary>您是不是要找: when nothing was found, the query with a word corrected that finds something (see <see cref="SearchSuggestion"/>).</summary>
    public string? Suggestion { get; init; }

    public static SearchResult Empty { get; } = new([], 0, new Dictionary<string, IReadOnlyList<FacetCount>>());
}
