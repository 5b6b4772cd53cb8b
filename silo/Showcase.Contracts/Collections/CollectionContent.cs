using Showcase.Common;

namespace Showcase.Collections;

/// <summary>A collection's details and sections: what the curator edits and what publishing freezes.</summary>
[GenerateSerializer, Immutable, Alias("showcase.collection-content")]
public sealed record CollectionContent(
    [property: Id(0)] CollectionDetails Details,
    [property: Id(1)] IReadOnlyList<CollectionSection> Sections)
{
    public IEnumerable<CollectionItem> Items => Sections.SelectMany(s => s.Items);

    public int CaseCount => Sections.Sum(s => s.Items.Count);

    public bool Contains(EntityId caseId) => Items.Any(i => i.Case == caseId);

    public bool Equals(CollectionContent? other) => other is not null && Details == other.Details && Sections.SequenceEqual(other.Sections);

    public override int GetHashCode() => HashCode.Combine(Details, Sections.Count);
}
