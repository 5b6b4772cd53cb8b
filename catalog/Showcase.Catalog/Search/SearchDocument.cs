namespace Showcase.Catalog.Search;

/// <summary>
/// What the index holds of one published catalog item: its identity and version, the text people search, and the
/// facet values it is filtered and counted by (dimension → values, see <see cref="SearchFacets"/>).
/// </summary>
public sealed record SearchDocument(
    string Tenant,
    string Kind,
    string Id,
    long Version,
    string Title,
    string? Subtitle,
    string Text,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Facets,
    DateTimeOffset Date)
{
    public string Uid => UidOf(Tenant, Kind, Id);

    public static string UidOf(string tenant, string kind, string id) => $"{tenant}/{kind}/{id}";
}
