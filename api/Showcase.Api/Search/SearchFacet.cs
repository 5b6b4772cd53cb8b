using Showcase.Catalog.Search;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Api.Search;

/// <summary>One facet dimension with its values' counts and names.</summary>
public sealed record SearchFacet(string Dimension, IReadOnlyList<FacetCount> Values)
{
    public static string NameOf(string dimension, string value, string language = TenantProfile.Chinese) => dimension switch
    {
        SearchFacets.Kind => SearchKinds.Name(value, language),
        SearchFacets.Industry => ReferenceData.Industries.NameOf(value, language),
        SearchFacets.Domain => ReferenceData.Domains.NameOf(value, language),
        SearchFacets.Technology => ReferenceData.Technologies.NameOf(value, language),
        SearchFacets.Province => ReferenceData.Provinces.NameOf(value, language),
        SearchFacets.Program => ReferenceData.Programs.NameOf(value, language),
        SearchFacets.Level => ReferenceData.Levels.NameOf(value, language),
        _ => value,
    };
}
