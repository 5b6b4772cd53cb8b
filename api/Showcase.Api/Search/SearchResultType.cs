using GraphQL.Types;
using Showcase.Catalog.Search;

namespace Showcase.Api.Search;

public sealed class SearchResultType : ObjectGraphType<SearchResult>
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Field(r => r.Total).Description("How many matched, on all pages; a lower bound when totalIsLowerBound.");
        Field(r => r.TotalIsLowerBound).Description("True when more matched than were counted (Elasticsearch counts up to 10,000; the embedded engine counts every match): total is a lower bound and facet counts cover the matches counted.");
        Field(r => r.Partial).Description("True when nothing held every word of the query, so the hits hold most of them (best first).");
        Field(r => r.Suggestion, nullable: true).Description("When nothing matched: the query with a word corrected (one character changed, dropped or two swapped) that finds something in this portal — 您是不是要找.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("hits").Resolve(ctx => ctx.Source.Hits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetType>>>>("facets")
            .Resolve(ctx => ctx.Source.Facets.Select(f => new SearchFacet(f.Key, f.Value)).ToArray());
    }
}
