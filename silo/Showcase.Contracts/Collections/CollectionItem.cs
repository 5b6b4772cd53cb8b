using Showcase.Common;

namespace Showcase.Collections;

/// <summary>
/// One case in a collection, pinned to the published revision it was chosen at: a later edit of the case never
/// changes the collection until the curator updates the pin. The title is the pinned revision's.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.collection-item")]
public sealed record CollectionItem(
    [property: Id(0)] EntityId Case,
    [property: Id(1)] int Revision,
    [property: Id(2)] string Title,
    [property: Id(3)] string? Note);
