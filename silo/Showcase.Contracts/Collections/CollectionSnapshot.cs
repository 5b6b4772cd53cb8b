using Showcase.Common;

namespace Showcase.Collections;

/// <summary>A frozen copy of a collection's content: what the public page and the exports show.</summary>
[GenerateSerializer, Immutable, Alias("showcase.published-collection")]
public sealed record PublishedCollection(
    [property: Id(0)] CollectionContent Content,
    [property: Id(1)] DateTimeOffset PublishedAt,
    [property: Id(2)] int Number);

/// <summary>
/// A collection as stored: the content being worked on, and the published copy the public reads (null until it is
/// published, or after it is taken down). <see cref="Version"/> counts every change.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.collection-snapshot")]
public sealed record CollectionSnapshot(
    [property: Id(0)] CollectionKey Key,
    [property: Id(1)] CollectionContent Content,
    [property: Id(2)] PublishedCollection? Published,
    [property: Id(3)] CollectionSeed? Seed,
    [property: Id(4)] int Version,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] Owner Owner)
{
    public bool IsPublic => Published is not null;

    /// <summary>The working copy differs from the published one.</summary>
    public bool HasUnpublishedChanges => Published is not null && !Published.Content.Equals(Content);
}
