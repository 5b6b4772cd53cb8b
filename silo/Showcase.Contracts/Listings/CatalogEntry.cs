using Showcase.Common;

namespace Showcase.Listings;

/// <summary>
/// One line of a catalog listing, written by the entity's grain after every change: enough to filter, sort, count
/// by province and show a row, without activating the entity.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.catalog-entry")]
public sealed record CatalogEntry(
    [property: Id(0)] CatalogKind Kind,
    [property: Id(1)] EntityId Id,
    [property: Id(2)] string Title,
    [property: Id(3)] string? Subtitle,
    [property: Id(4)] string Status,
    [property: Id(5)] bool IsPublic,
    [property: Id(6)] Owner Owner,
    [property: Id(7)] CatalogTags Tags,
    [property: Id(8)] IReadOnlyList<EntityId> Links,
    [property: Id(9)] DateOnly? ValidUntil,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] DateTimeOffset? PublishedAt,
    [property: Id(12)] int Version,
    [property: Id(13)] string? PublicStatus = null,
    [property: Id(14)] EntityId? Cover = null,
    [property: Id(15)] CatalogFigures? Figures = null,
    [property: Id(16)] string? EnglishTitle = null)
{
    /// <summary>
    /// Every province the entry lies in: what the province filter and the map count. Entries written before they
    /// carried <see cref="Figures"/> name their first province only, until their directory reads them back.
    /// </summary>
    public IReadOnlyList<string> Provinces => Figures?.Provinces ?? (Tags.Province is null ? [] : [Tags.Province]);

    /// <summary>
    /// The status as <paramref name="viewer"/> sees it (null: a curator). Owners and curators see the workflow status;
    /// everyone else sees <see cref="PublicStatus"/> when there is one — a published case whose next revision is a
    /// draft is “published” to the public.
    /// </summary>
    public string StatusSeenBy(Owner? viewer) =>
        viewer is null || PublicStatus is null || Owner.IncludesViewer(viewer) ? Status : PublicStatus;

    /// <summary>When it entered the public catalog, or its last change when it never did: what "newest" sorts by.</summary>
    public DateTimeOffset SortDate => PublishedAt ?? UpdatedAt;
}
