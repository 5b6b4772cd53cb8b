using Showcase.Catalog.Search;
using Showcase.Reference;

namespace Showcase.Api.Search;

/// <summary>One facet dimension with its values' counts and Chinese names.</summary>
public sealed record SearchFacet(string Dimension, IReadOnlyList<FacetCount> Values)
{
    public static string NameOf(string dimension, string value) => dimension switch
    {
        SearchFacets.Kind => SearchKinds.Name(value),
        SearchFacets.Industry => ReferenceData.Industries.NameOf(value),
        SearchFacets.Domain => ReferenceData.Domains.NameOf(value),
        SearchFacets.Technology => ReferenceData.Technologies.NameOf(value),
        SearchFacets.Province => ReferenceData.Provinces.NameOf(value),
        SearchFacets.Program => ReferenceData.Programs.NameOf(value),
        SearchFacets.Level => ReferenceData.Levels.NameOf(value),
        _ => value,
    };
}
