namespace Showcase.Listings;

public enum CatalogSort
{
    /// <summary>Newest in the catalog first (publication date, or last change for what was never published).</summary>
    Newest,

    /// <summary>Most recently changed first.</summary>
    Updated,

    /// <summary>By title (code-point order).</summary>
    Title,
}
