namespace Showcase.Listings;

/// <summary>A page of a catalog listing with the total that matched and the cursor to ask for the next page.</summary>
[GenerateSerializer, Immutable, Alias("showcase.catalog-page")]
public sealed record CatalogPage(
    [property: Id(0)] IReadOnlyList<CatalogEntry> Items,
    [property: Id(1)] int TotalCount,
    [property: Id(2)] string? EndCursor,
    [property: Id(3)] bool HasNextPage);
