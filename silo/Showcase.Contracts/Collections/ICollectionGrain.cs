using Orleans.Concurrency;
using Showcase.Audit;
using Showcase.Common;

namespace Showcase.Collections;

/// <summary>
/// One case collection (案例集). Every change names the version it was made against (<c>VERSION_CONFLICT</c>
/// otherwise) and is checked whole: a refused request throws <see cref="DomainException"/> and changes nothing.
/// </summary>
[Alias("showcase.collection")]
public interface ICollectionGrain : IGrainWithStringKey
{
    /// <summary>Creates the collection; the same call again (a retry) returns it, other content is <c>ALREADY_EXISTS</c>.</summary>
    [Alias("create")]
    Task<CollectionSnapshot> CreateAsync(CollectionContent content, CollectionSeed? seed, Owner owner, Actor by);

    /// <summary>Saves the working copy (and the saved search it follows); <paramref name="action"/> is what the history records.</summary>
    [Alias("revise")]
    Task<CollectionSnapshot> ReviseAsync(CollectionContent content, CollectionSeed? seed, int expectedVersion, string action, Actor by);

    /// <summary>Publishes the working copy as it is, with its pinned case revisions. Publishing an unchanged copy again changes nothing.</summary>
    /// <summary>Deletes a collection that was never published, for good; deleting one already gone does nothing.</summary>
    [Alias("delete-draft")]
    Task DeleteDraftAsync(Actor by);

    [Alias("publish")]
    Task<CollectionSnapshot> PublishAsync(int expectedVersion, Actor by);

    /// <summary>Takes the public page down; the working copy stays. Taking it down twice is harmless.</summary>
    [Alias("unpublish")]
    Task<CollectionSnapshot> UnpublishAsync(int expectedVersion, Actor by);

    /// <summary>The collection, or null when it was never created. Returns only what is stored.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<CollectionSnapshot?> GetAsync();

    [Alias("history"), ReadOnly]
    Task<IReadOnlyList<AuditEntry>> GetHistoryAsync();
}
