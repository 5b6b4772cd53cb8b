using Showcase.Collections;
using Showcase.Common;

namespace Showcase.Api.Collections;

/// <summary>
/// A collection as the current person may read it: curators (<see cref="IsManaged"/>) read the working copy, the
/// seed and the history as well; everyone else reads only the published copy.
/// </summary>
public sealed record CollectionView(CollectionSnapshot Snapshot, bool IsManaged)
{
    public string Id => Snapshot.Key.Id.Value;

    /// <summary>The published copy, or for curators the working copy while nothing is published.</summary>
    public CollectionContent Shown => Snapshot.Published?.Content ?? Snapshot.Content;

    public CollectionContent? Working => IsManaged ? Snapshot.Content : null;
}

/// <summary>Where a collected case stands now: its published revision (null when it was withdrawn) and that revision's title.</summary>
public sealed record CaseNow(EntityId Case, int? PublishedRevision, string? Title)
{
    public bool IsWithdrawn => PublishedRevision is null;

    /// <summary>The newer published revision than <paramref name="item"/>'s pin, if there is one.</summary>
    public int? NewerThan(CollectionItem item) => PublishedRevision > item.Revision ? PublishedRevision : null;

    /// <summary>The case pinned to its published revision, or null when it is not published.</summary>
    public CollectionItem? Pin(string? note) => PublishedRevision is { } revision ? new CollectionItem(Case, revision, Title ?? Case.Value, note) : null;
}
