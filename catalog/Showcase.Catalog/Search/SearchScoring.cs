namespace Showcase.Catalog.Search;

/// <summary>How the parts of a <see cref="SearchPlan"/> weigh, the same on every engine.</summary>
public static class SearchScoring
{
    /// <summary>A synonym's match against its concept's own wording (1): a literal match ranks first.</summary>
    public const float SynonymWeight = 0.3f;

    /// <summary>The wording with nothing between its words, in the title (close words elsewhere score through the spans).</summary>
    public const float TitleBoost = 6f;

    /// <summary>
    /// Items whose title holds every concept's wording rank before all others: the embedded engine ranks them as a tier
    /// of their own, Elasticsearch adds this to their score (far above what any match scores otherwise).
    /// </summary>
    public const float TitleTierBoost = 1000f;

    /// <summary>
    /// How many matches Elasticsearch counts; past it a total is a lower bound (“10,000+”). The embedded engine counts
    /// every match from its bit sets.
    /// </summary>
    public const int CountLimit = 10_000;

    /// <summary>How many of a tier's matches, chosen by the embedded engine's estimate, are scored in full (more when a page reaches further).</summary>
    public const int RescoreDepth = 50;
}
