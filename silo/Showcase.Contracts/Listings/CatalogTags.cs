namespace Showcase.Listings;

/// <summary>The reference codes an entity is tagged with; every code is checked against its taxonomy when saved.</summary>
[GenerateSerializer, Immutable, Alias("showcase.catalog-tags")]
public sealed record CatalogTags(
    [property: Id(0)] string? Province,
    [property: Id(1)] string? City,
    [property: Id(2)] IReadOnlyList<string> Industries,
    [property: Id(3)] IReadOnlyList<string> Domains,
    [property: Id(4)] IReadOnlyList<string> Technologies,
    [property: Id(5)] IReadOnlyList<string> Programs,
    [property: Id(6)] string? Sector,
    [property: Id(7)] string? Level)
{
    public static CatalogTags None { get; } = new(null, null, [], [], [], [], null, null);
}
