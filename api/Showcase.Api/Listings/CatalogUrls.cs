using Showcase.Listings;

namespace Showcase.Api.Listings;

/// <summary>Where each kind of catalog entity lives in a portal: <c>/t/{tenant}/{segment}/{id}</c>.</summary>
public static class CatalogUrls
{
    public static string Segment(CatalogKind kind) => kind switch
    {
        CatalogKind.Case => "cases",
        CatalogKind.Factory => "factories",
        CatalogKind.PilotZone => "pilot-zones",
        CatalogKind.Provider => "providers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static CatalogKind? KindOf(string segment) =>
        Enum.GetValues<CatalogKind>().Cast<CatalogKind?>().FirstOrDefault(k => Segment(k!.Value) == segment);

    public static string List(string tenant, CatalogKind kind) => $"/t/{tenant}/{Segment(kind)}";

    public static string Of(string tenant, CatalogKind kind, string id) => $"{List(tenant, kind)}/{id}";

    public static string Of(string tenant, CatalogEntry entry) => Of(tenant, entry.Kind, entry.Id.Value);
}
