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
    /// <summary>The English title, when one is written (English readers see it in place of <see cref="Title"/>).</summary>
    public string? EnglishTitle { get; init; }

    /// <summary>The English summary and body, when written: searched by stems, and shown to English readers.</summary>
    public string? EnglishText { get; init; }

    /// <summary>The English names of the item's tags (industries, domains, technologies …): searched by stems, never shown.</summary>
    public string? EnglishTerms { get; init; }

    public string Uid => UidOf(Tenant, Kind, Id);

    public static string UidOf(string tenant, string kind, string id) => $"{tenant}/{kind}/{id}";
}
