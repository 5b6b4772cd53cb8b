namespace Showcase.Catalog.Search;

/// <summary>How the parts of a <see cref="SearchPlan"/> weigh, the same on every engine.</summary>
public static class SearchScoring
{
    /// <summary>A synonym's match against its concept's own wording (1): a literal match ranks first.</summary>
    public const float SynonymWeight = 0.3f;

    /// <summary>The wording with nothing between its words, anywhere in the item.</summary>
    public const float AdjacentBoost = 2f;

    /// <summary>The wording with nothing between its words, in the title.</summary>
    public const float TitleBoost = 6f;
}
