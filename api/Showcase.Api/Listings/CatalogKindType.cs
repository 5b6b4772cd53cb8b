using GraphQL.Types;
using Showcase.Listings;

namespace Showcase.Api.Listings;

public sealed class CatalogKindType : EnumerationGraphType<CatalogKind>
{
    public CatalogKindType()
    {
        Name = "CatalogKind";
        Description = "案例, 示范工厂, 先行区 or 解决方案供应商.";
    }
}
