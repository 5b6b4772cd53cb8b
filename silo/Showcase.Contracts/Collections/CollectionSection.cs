namespace Showcase.Collections;

/// <summary>A section (章) of a collection: a title and its cases in the order they are printed.</summary>
[GenerateSerializer, Immutable, Alias("showcase.collection-section")]
public sealed record CollectionSection(
    [property: Id(0)] string Title,
    [property: Id(1)] IReadOnlyList<CollectionItem> Items)
{
    public bool Equals(CollectionSection? other) => other is not null && Title == other.Title && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Title, Items.Count);
}
