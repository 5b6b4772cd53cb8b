namespace Showcase.Reference;

/// <summary>One term of a reference list: a stable code stored in data, and the Chinese name people read.</summary>
[GenerateSerializer, Immutable, Alias("showcase.taxonomy-term")]
public sealed record TaxonomyTerm(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name);
