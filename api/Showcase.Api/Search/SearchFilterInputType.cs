using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Catalog.Search;

namespace Showcase.Api.Search;

/// <summary>Facet filters: values within a dimension are alternatives; dimensions combine.</summary>
public sealed class SearchFilterInputType : InputObjectGraphType<IReadOnlyDictionary<string, IReadOnlyList<string>>>
{
    private static readonly (string Field, string Dimension, string Description)[] Dimensions =
    [
        ("kinds", SearchFacets.Kind, "`case`, `factory`, `pilot-zone`, `provider`."),
        ("industries", SearchFacets.Industry, "`industry` codes."),
        ("domains", SearchFacets.Domain, "`domain` codes."),
        ("technologies", SearchFacets.Technology, "`technology` codes."),
        ("provinces", SearchFacets.Province, "`province` codes."),
        ("programs", SearchFacets.Program, "`program` codes: a program, class or direction."),
        ("years", SearchFacets.Year, "Years, e.g. `2025`."),
        ("levels", SearchFacets.Level, "`level` codes (factories)."),
    ];

    public SearchFilterInputType()
    {
        Name = "SearchFilterInput";
        foreach (var (field, _, description) in Dimensions)
        {
            this.Codes(field, description);
        }
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        Dimensions.Where(d => value.List<string>(d.Field).Count > 0)
            .ToDictionary(d => d.Dimension, d => value.List<string>(d.Field));
}
