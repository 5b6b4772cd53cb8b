namespace Showcase.Catalog.Search;

public enum SearchSort
{
    /// <summary>Best match first (title and phrase matches weigh most), newest among equals.</summary>
    Relevance,

    /// <summary>Newest first.</summary>
    Newest,
}

/// <summary>
/// A search within one tenant: words (AND: every word must match; synonyms count as the word), facet filters
/// (values within a dimension are alternatives; dimensions combine), order and page.
/// </summary>
public sealed record SearchRequest(string Tenant, string? Query)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The synonyms words expand to: the shipped thesaurus, or the portal's (shipped plus its own groups).</summary>
    public Thesaurus Thesaurus { get; init; } = Thesaurus.Default;

    public SearchSort Sort { get; init; }

    /// <summary>For an English reader: hits show an item's English title and text where it has them.</summary>
    public bool InEnglish { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 20;

    /// <summary>The dimensions to count; each is counted with every filter but its own, so a multi-select keeps its other values.</summary>
    public IReadOnlyList<string> FacetDimensions { get; init; } = [];
}
