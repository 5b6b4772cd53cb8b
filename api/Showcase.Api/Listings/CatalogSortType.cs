using GraphQL.Types;
using Showcase.Listings;

namespace Showcase.Api.Listings;

public sealed class CatalogSortType : EnumerationGraphType<CatalogSort>
{
    public CatalogSortType()
    {
        Name = "CatalogSort";
        Description = "How a catalog listing is ordered: NEWEST (in the catalog), UPDATED (latest change) or TITLE.";
    }
}
