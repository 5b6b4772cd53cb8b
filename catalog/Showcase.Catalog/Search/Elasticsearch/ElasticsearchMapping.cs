using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace Showcase.Catalog.Search.Elasticsearch;

/// <summary>
/// How the catalog lives in Elasticsearch: an index template (the same dictionary-free Chinese analysis as the
/// embedded engine — traditional characters folded, standard tokenizer, width folding, lower case, character pairs;
/// indexed with single characters, queried without) whose indexes hold <see cref="CatalogSource"/> documents. Synonyms
/// are not in the analyzer: they are expanded from the shipped thesaurus and the portal's own groups when the query is
/// built, so a curator's new group applies to the next search without reindexing, on either engine. English title,
/// text and tag names are in fields of their own under the built-in <c>english</c> analyzer (the steps of
/// <see cref="EnglishAnalyzers"/>).
/// </summary>
internal static class ElasticsearchMapping
{
    public const string IndexAnalyzer = "showcase_index";
    public const string QueryAnalyzer = "showcase_query";

    /// <summary>Elasticsearch's built-in English analysis: possessives, lower case, English stop words, Porter stems.</summary>
    private const string EnglishAnalyzer = "english";

    /// <summary>The same traditional → simplified table as the embedded engine, as a mapping character filter.</summary>
    private const string TraditionalFolding = "showcase_traditional";

    private const string PairsAndCharacters = "showcase_pairs_and_characters";
    private const string Pairs = "showcase_pairs";

    public static PutIndexTemplateRequest Template(string alias) => new(alias)
    {
        IndexPatterns = alias + "-*",
        Priority = 200,
        Template = new IndexTemplateMapping
        {
            Settings = new IndexSettings
            {
                NumberOfShards = 1,
                AutoExpandReplicas = "0-1",
                Analysis = new IndexSettingsAnalysis
                {
                    CharFilters = new CharFilters
                    {
                        [TraditionalFolding] = new MappingCharFilter { Mappings = [.. TraditionalChinese.Folds.Select(f => $"{f.Key} => {f.Value}")] },
                    },
                    TokenFilters = new TokenFilters
                    {
                        [PairsAndCharacters] = new CjkBigramTokenFilter { OutputUnigrams = true },
                        [Pairs] = new CjkBigramTokenFilter { OutputUnigrams = false },
                    },
                    Analyzers = new Analyzers
                    {
                        [IndexAnalyzer] = Analyzer(PairsAndCharacters),
                        [QueryAnalyzer] = Analyzer(Pairs),
                    },
                },
            },
            Mappings = Mappings(),
        },
    };

    private static CustomAnalyzer Analyzer(string pairs) => new("standard")
    {
        CharFilter = [TraditionalFolding],
        Filter = ["cjk_width", "lowercase", pairs],
    };

    /// <summary>
    /// The English fields, which an index made before them lacks: <see cref="ElasticsearchSearchIndex"/> adds them to
    /// the index behind the alias (new fields may join a mapping; its items gain English as they are written again or
    /// rebuilt).
    /// </summary>
    public static Properties English() => new()
    {
        [EnglishAnalyzers.Field] = new TextProperty { Analyzer = EnglishAnalyzer, PositionIncrementGap = ChineseAnalyzers.FieldGap },
        ["en_title"] = new TextProperty { Analyzer = EnglishAnalyzer },
        ["en_text"] = new TextProperty { Index = false },
    };

    private static TypeMapping Mappings()
    {
        var properties = new Properties
        {
            ["uid"] = new KeywordProperty(),
            ["tenant"] = new KeywordProperty(),
            ["id"] = new KeywordProperty(),
            ["live"] = new BooleanProperty(),
            ["version"] = new LongNumberProperty(),
            ["title"] = new TextProperty { Analyzer = IndexAnalyzer, SearchAnalyzer = QueryAnalyzer },
            ["all"] = new TextProperty { Analyzer = IndexAnalyzer, SearchAnalyzer = QueryAnalyzer, PositionIncrementGap = ChineseAnalyzers.FieldGap },
            ["subtitle"] = new KeywordProperty { Index = false, DocValues = false },
            ["text"] = new TextProperty { Index = false },
            ["date"] = new DateProperty(),
        };
        foreach (var (name, property) in English())
        {
            properties[name] = property;
        }

        foreach (var dimension in SearchFacets.All)
        {
            properties[dimension] = new KeywordProperty();
        }

        return new TypeMapping
        {
            Dynamic = DynamicMapping.Strict,
            // The searched text is indexed, not kept: what hits show comes from title, subtitle and the shortened text.
            Source = new SourceField { Excludes = ["all", EnglishAnalyzers.Field] },
            Properties = properties,
        };
    }
}
