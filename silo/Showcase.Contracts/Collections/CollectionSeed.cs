namespace Showcase.Collections;

/// <summary>
/// The saved search a collection was seeded from (words and facet filters, as on the search page), and the section
/// its matches go into. Refreshing runs it again and adds the published cases that match now and are not in yet.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.collection-seed")]
public sealed record CollectionSeed(
    [property: Id(0)] string? Query,
    [property: Id(1)] IReadOnlyList<SeedFilter> Filters,
    [property: Id(2)] string Section)
{
    public bool Equals(CollectionSeed? other) =>
        other is not null && Query == other.Query && Section == other.Section && Filters.SequenceEqual(other.Filters);

    public override int GetHashCode() => HashCode.Combine(Query, Section, Filters.Count);
}

/// <summary>One facet dimension of a saved search and the values chosen in it (alternatives).</summary>
[GenerateSerializer, Immutable, Alias("showcase.seed-filter")]
public sealed record SeedFilter(
    [property: Id(0)] string Dimension,
    [property: Id(1)] IReadOnlyList<string> Values)
{
    public bool Equals(SeedFilter? other) => other is not null && Dimension == other.Dimension && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Dimension, Values.Count);
}
