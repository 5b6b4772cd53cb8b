using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Api.Listings;

/// <summary>A reference from one entity to another: a catalog kind, or <c>null</c> for a scenario.</summary>
public sealed record CatalogLink(CatalogKind? Kind, EntityId Id, string Field, string Noun)
{
    public static IEnumerable<CatalogLink> Many(CatalogKind? kind, IEnumerable<EntityId> ids, string field, string noun) =>
        ids.Select(id => new CatalogLink(kind, id, field, noun));
}
