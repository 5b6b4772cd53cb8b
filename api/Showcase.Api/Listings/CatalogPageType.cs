using GraphQL.Types;
using Showcase.Listings;

namespace Showcase.Api.Listings;

public sealed class CatalogPageType : ObjectGraphType<CatalogPage>
{
    public CatalogPageType()
    {
        Name = "CatalogPage";
        Description = "A page of a catalog listing. Pass `endCursor` as `after` for the next page.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogEntryType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field(p => p.TotalCount).Description("How many matched, on all pages.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor after the last item, or null on an empty page.");
        Field(p => p.HasNextPage);
    }
}
