using GraphQL.Types;

namespace Showcase.Api.Search;

public sealed class SearchFacetType : ObjectGraphType<SearchFacet>
{
    public SearchFacetType()
    {
        Name = "SearchFacet";
        Description = "A dimension's values among the matches; each counted with every other filter applied (multi-select).";
        Field(f => f.Dimension).Description("kind, industry, domain, technology, province, program, year or level.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetValueType>>>>("values")
            .Resolve(ctx => ctx.Source.Values.Select(v => (ctx.Source.Dimension, v)).ToArray());
    }
}
