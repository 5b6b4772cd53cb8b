using Showcase.Common;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Api.Search;

/// <summary>The kinds of item search finds: the catalog's kinds (by their URL segment), scenarios and open challenges.</summary>
public static class SearchKinds
{
    public const string Scenario = "scenario";

    /// <summary>Open 揭榜挂帅 challenges (榜单).</summary>
    public const string Challenge = "challenge";

    private static readonly LabelTexts Texts = new(typeof(SearchKinds));

    public static string Name(string kind, string language = TenantProfile.Chinese) => kind switch
    {
        Scenario => Texts.Get("Scenario", language),
        Challenge => Texts.Get("Challenge", language),
        _ => CatalogLabels.Kind(CatalogGrainFactoryExtensions.ParseKindSegment(kind), language),
    };

    public static string Url(string tenant, string kind, string id) => kind switch
    {
        Scenario => PortalPaths.Of(tenant).Scenarios.Item(id),
        Challenge => PortalPaths.Of(tenant).Challenges.Item(id),
        _ => PortalPaths.Of(tenant).Catalog(CatalogGrainFactoryExtensions.ParseKindSegment(kind)).Item(id),
    };
}
