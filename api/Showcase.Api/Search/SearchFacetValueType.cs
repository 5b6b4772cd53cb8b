using GraphQL.Types;
using Showcase.Catalog.Search;

namespace Showcase.Api.Search;

public sealed class SearchFacetValueType : ObjectGraphType<(string Dimension, FacetCount Count)>
{
    public SearchFacetValueType()
    {
        Name = "SearchFacetValue";
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(ctx => ctx.Source.Count.Value);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => SearchFacet.NameOf(ctx.Source.Dimension, ctx.Source.Count.Value));
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count.Count);
    }
}
