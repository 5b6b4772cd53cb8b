using Orleans.Concurrency;
using Showcase.Common;

namespace Showcase.Collections;

/// <summary>What a portal's collection list keeps of each collection: enough to order, filter and count it.</summary>
[GenerateSerializer, Immutable, Alias("showcase.collection-summary")]
public sealed record CollectionSummary(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] bool IsPublic,
    [property: Id(2)] DateTimeOffset UpdatedAt,
    [property: Id(3)] int Version) : IListedSummary;

/// <summary>A page of a portal's collections, the most recently changed first; <see cref="PublicOnly"/> for everyone but curators.</summary>
[GenerateSerializer, Immutable, Alias("showcase.collection-list-query")]
public sealed record CollectionListQuery(
    [property: Id(0)] bool PublicOnly,
    [property: Id(1)] int Skip = 0,
    [property: Id(2)] int Take = 20);

/// <summary>
/// A portal's collection list (key: the tenant): a projection the collection grains keep by the listed-save protocol
/// (each change marks the id pending before the collection writes and records its summary after; pending ids are read
/// back from their grains when the list activates), so a page reads only its own collections.
/// </summary>
[Alias("showcase.collection-directory")]
public interface ICollectionDirectoryGrain : IGrainWithStringKey
{
    [Alias("mark-pending")]
    Task MarkPendingAsync(EntityId id);

    [Alias("record")]
    Task RecordAsync(CollectionSummary summary);

    /// <summary>Drops a deleted collection.</summary>
    [Alias("forget")]
    Task ForgetAsync(EntityId id);

    [Alias("list"), ReadOnly]
    Task<Page<CollectionSummary>> ListAsync(CollectionListQuery query);
}
