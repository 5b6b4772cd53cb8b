using System.Text.Json;
using System.Text.Json.Serialization;

namespace Showcase.Catalog.Search.Elasticsearch;

/// <summary>
/// A catalog item's <c>_source</c>: identity and version (all a removal's tombstone holds), the text searched through
/// <c>all</c> and shown from the rest, and the facet values under their dimensions' names.
/// </summary>
internal sealed class CatalogSource
{
    [JsonPropertyName("uid")]
    public required string Uid { get; init; }

    [JsonPropertyName("tenant")]
    public required string Tenant { get; init; }

    [JsonPropertyName(SearchFacets.Kind)]
    public required string Kind { get; init; }

    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("live")]
    public bool Live { get; init; }

    [JsonPropertyName("version")]
    public long Version { get; init; }

    [JsonPropertyName("title")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [JsonPropertyName("subtitle")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subtitle { get; init; }

    /// <summary>Title, subtitle and text as separate values, so a phrase cannot run from one into the next (see <see cref="ChineseAnalyzers.FieldGap"/>).</summary>
    [JsonPropertyName("all")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? All { get; init; }

    [JsonPropertyName("text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    [JsonPropertyName("en_title")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EnglishTitle { get; init; }

    /// <summary>English title, text and tag names as separate values, searched by their stems.</summary>
    [JsonPropertyName(EnglishAnalyzers.Field)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? English { get; init; }

    [JsonPropertyName("en_text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EnglishText { get; init; }

    [JsonPropertyName("date")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? Date { get; init; }

    /// <summary>Dimension → values (<see cref="SearchFacets"/>, kind aside), as fields of the document.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Facets { get; init; }

    public static CatalogSource Of(SearchDocument document) => new()
    {
        Uid = document.Uid,
        Tenant = document.Tenant,
        Kind = document.Kind,
        Id = document.Id,
        Live = true,
        Version = document.Version,
        Title = document.Title,
        Subtitle = document.Subtitle,
        All = new[] { document.Title, document.Subtitle, document.Text }.Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToArray(),
        Text = LuceneFields.Shortened(document.Text),
        EnglishTitle = document.EnglishTitle,
        English = new[] { document.EnglishTitle, document.EnglishText, document.EnglishTerms }.Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToArray() is { Length: > 0 } english ? english : null,
        EnglishText = document.EnglishText is { } text ? LuceneFields.Shortened(text) : null,
        Date = document.Date.ToUniversalTime(),
        Facets = document.Facets.Where(f => f.Key != SearchFacets.Kind)
            .ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value.Distinct().ToArray()), StringComparer.Ordinal),
    };

    /// <summary>A removed item: only its identity and version, so an older document cannot bring it back.</summary>
    public static CatalogSource Removed(SearchRemoval removal) => new()
    {
        Uid = removal.Uid, Tenant = removal.Tenant, Kind = removal.Kind, Id = removal.Id, Live = false, Version = removal.Version,
    };

    /// <summary>The values of one facet dimension (none when the item has none).</summary>
    public IReadOnlyList<string> ValuesOf(string dimension) =>
        Facets is not null && Facets.TryGetValue(dimension, out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(v => v.GetString()!).ToArray()
            : [];
}
