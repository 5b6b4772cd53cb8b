using Showcase.Api.Listings;
using Showcase.Listings;

namespace Showcase.Api.Search;

/// <summary>The kinds of item search finds: the catalog's kinds (by their URL segment) and scenarios.</summary>
public static class SearchKinds
{
    public const string Scenario = "scenario";

    public static string Name(string kind) =>
        kind == Scenario ? "场景" : CatalogLabels.Kind(CatalogGrainFactoryExtensions.ParseKindSegment(kind));

    public static string Url(string tenant, string kind, string id) =>
        kind == Scenario ? $"/t/{tenant}/scenarios/{id}" : CatalogUrls.Of(tenant, CatalogGrainFactoryExtensions.ParseKindSegment(kind), id);
}
