using System.Text.Json.Nodes;

namespace Showcase.Catalog.Search.Elasticsearch;

/// <summary>
/// How the catalog lives in Elasticsearch: an index template (the same dictionary-free Chinese analysis as the
/// embedded engine — traditional characters folded, standard tokenizer, width folding, lower case, character pairs;
/// indexed with single characters, queried without) and the documents written to it. Synonyms are not in the
/// analyzer: they are expanded from the shipped thesaurus and the portal's own groups when the query is built, so a
/// curator's new group applies to the next search without reindexing, on either engine.
/// </summary>
internal static class ElasticsearchMapping
{
    public const string IndexAnalyzer = "showcase_index";
    public const string QueryAnalyzer = "showcase_query";

    /// <summary>The same traditional → simplified table as the embedded engine, as a mapping character filter.</summary>
    private const string TraditionalFolding = "showcase_traditional";

    public static JsonObject Template(string alias) => new()
    {
        ["index_patterns"] = new JsonArray(alias + "-*"),
        ["priority"] = 200,
        ["template"] = new JsonObject
        {
            ["settings"] = new JsonObject
            {
                ["number_of_shards"] = 1,
                ["auto_expand_replicas"] = "0-1",
                ["analysis"] = new JsonObject
                {
                    ["char_filter"] = new JsonObject
                    {
                        [TraditionalFolding] = new JsonObject
                        {
                            ["type"] = "mapping",
                            ["mappings"] = new JsonArray([.. TraditionalChinese.Folds.Select(f => (JsonNode)$"{f.Key} => {f.Value}")]),
                        },
                    },
                    ["filter"] = new JsonObject
                    {
                        ["showcase_pairs_and_characters"] = new JsonObject { ["type"] = "cjk_bigram", ["output_unigrams"] = true },
                        ["showcase_pairs"] = new JsonObject { ["type"] = "cjk_bigram", ["output_unigrams"] = false },
                    },
                    ["analyzer"] = new JsonObject
                    {
                        [IndexAnalyzer] = Analyzer("showcase_pairs_and_characters"),
                        [QueryAnalyzer] = Analyzer("showcase_pairs"),
                    },
                },
            },
            ["mappings"] = Mappings(),
        },
    };

    /// <summary>A published item: identity, text (searched through <c>all</c>, shown from the rest) and facet values.</summary>
    public static JsonObject Document(SearchDocument source)
    {
        var document = Identity(source.Tenant, source.Kind, source.Id, source.Version, live: true);
        document["title"] = source.Title;
        document["subtitle"] = source.Subtitle;
        // Separate values, so a phrase cannot run from one into the next (see ChineseAnalyzers.FieldGap).
        document["all"] = new JsonArray(new[] { source.Title, source.Subtitle, source.Text }.Where(p => !string.IsNullOrEmpty(p)).Select(p => (JsonNode)p!).ToArray());
        document["text"] = source.Text.Length > LuceneFields.StoredTextLength ? source.Text[..LuceneFields.StoredTextLength] : source.Text;
        document["date"] = source.Date.ToUniversalTime().ToString("O");
        foreach (var (dimension, values) in source.Facets.Where(f => f.Key != SearchFacets.Kind))
        {
            document[dimension] = new JsonArray(values.Distinct().Select(v => (JsonNode)v).ToArray());
        }

        return document;
    }

    /// <summary>A removed item: only its identity and version, so an older document cannot bring it back.</summary>
    public static JsonObject Removed(string tenant, string kind, string id, long version) => Identity(tenant, kind, id, version, live: false);

    private static JsonObject Identity(string tenant, string kind, string id, long version, bool live) => new()
    {
        ["uid"] = SearchDocument.UidOf(tenant, kind, id),
        ["tenant"] = tenant,
        [SearchFacets.Kind] = kind,
        ["id"] = id,
        ["live"] = live,
        ["version"] = version,
    };

    private static JsonObject Analyzer(string pairs) => new()
    {
        ["type"] = "custom",
        ["char_filter"] = new JsonArray(TraditionalFolding),
        ["tokenizer"] = "standard",
        ["filter"] = new JsonArray("cjk_width", "lowercase", pairs),
    };

    private static JsonObject Mappings()
    {
        var properties = new JsonObject
        {
            ["uid"] = Keyword(),
            ["tenant"] = Keyword(),
            ["id"] = Keyword(),
            ["live"] = new JsonObject { ["type"] = "boolean" },
            ["version"] = new JsonObject { ["type"] = "long" },
            ["title"] = new JsonObject { ["type"] = "text", ["analyzer"] = IndexAnalyzer, ["search_analyzer"] = QueryAnalyzer },
            ["all"] = new JsonObject { ["type"] = "text", ["analyzer"] = IndexAnalyzer, ["search_analyzer"] = QueryAnalyzer, ["position_increment_gap"] = ChineseAnalyzers.FieldGap },
            ["subtitle"] = new JsonObject { ["type"] = "keyword", ["index"] = false, ["doc_values"] = false },
            ["text"] = new JsonObject { ["type"] = "text", ["index"] = false },
            ["date"] = new JsonObject { ["type"] = "date" },
        };
        foreach (var dimension in SearchFacets.All)
        {
            properties[dimension] = Keyword();
        }

        return new JsonObject
        {
            ["dynamic"] = "strict",
            // The searched text is indexed, not kept: what hits show comes from title, subtitle and the shortened text.
            ["_source"] = new JsonObject { ["excludes"] = new JsonArray("all") },
            ["properties"] = properties,
        };
    }

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };
}
