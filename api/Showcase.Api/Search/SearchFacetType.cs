using GraphQL.Types;
using Showcase.Catalog.Search;
using Showcase.Listings;
using Showcase.Reference;

namespace Showcase.Api.Search;

/// <summary>One facet dimension with its values' counts and Chinese names.</summary>
public sealed record SearchFacet(string Dimension, IReadOnlyList<FacetCount> Values)
{
    public static string NameOf(string dimension, string value) => dimension switch
    {
        SearchFacets.Kind => CatalogLabels.Kind(CatalogGrainFactoryExtensions.ParseKindSegment(value)),
        SearchFacets.Industry => ReferenceData.Industries.NameOf(value),
        SearchFacets.Domain => ReferenceData.Domains.NameOf(value),
        SearchFacets.Technology => ReferenceData.Technologies.NameOf(value),
        SearchFacets.Province => ReferenceData.Provinces.NameOf(value),
        SearchFacets.Program => ReferenceData.Programs.NameOf(value),
        SearchFacets.Level => ReferenceData.Levels.NameOf(value),
        _ => value,
    };
}

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
