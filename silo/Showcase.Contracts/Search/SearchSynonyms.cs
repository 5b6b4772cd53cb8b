namespace Showcase.Search;

/// <summary>A portal's own synonym groups (each: words that mean the same to its people), added to the shipped thesaurus.</summary>
[GenerateSerializer, Immutable, Alias("showcase.search-synonyms-snapshot")]
public sealed record SearchSynonyms(
    [property: Id(0)] IReadOnlyList<IReadOnlyList<string>> Groups,
    [property: Id(1)] int Version,
    [property: Id(2)] DateTimeOffset? UpdatedAt)
{
    public static SearchSynonyms None { get; } = new([], 0, null);
}
