using System.Text.Json.Nodes;

namespace Showcase.Catalog.Search.Elasticsearch;

/// <summary>
/// The query DSL for a search: the same words, synonyms and <see cref="WordPlan"/> as the embedded engine, term by
/// term. Facet filters go in <c>post_filter</c> so each dimension's aggregation can leave its own filter out (a
/// multi-select keeps its other values), the way the embedded engine counts.
/// </summary>
internal static class ElasticsearchQueries
{
    private const int FacetValuesPerDimension = 500;

    public static JsonObject Search(SearchRequest request, SearchWords words)
    {
        var filters = request.Filters.Where(f => f.Value.Count > 0).ToDictionary(f => f.Key, f => f.Value);
        var aggregations = new JsonObject();
        foreach (var dimension in request.FacetDimensions.Distinct())
        {
            aggregations[dimension] = new JsonObject
            {
                ["filter"] = All(filters.Where(f => f.Key != dimension).Select(f => Terms(f.Key, f.Value))),
                ["aggs"] = new JsonObject
                {
                    ["values"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = dimension, ["size"] = FacetValuesPerDimension } },
                },
            };
        }

        var newest = request.Sort == SearchSort.Newest || words.IsEmpty;
        return new JsonObject
        {
            ["from"] = request.Skip,
            ["size"] = request.Take,
            ["track_total_hits"] = true,
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["filter"] = Live(request.Tenant),
                    ["must"] = new JsonArray(words.Clauses.Select(Clause).OfType<JsonNode>().ToArray()),
                },
            },
            ["post_filter"] = All(filters.Select(f => Terms(f.Key, f.Value))),
            ["aggs"] = aggregations,
            ["sort"] = newest
                ? new JsonArray(new JsonObject { ["date"] = "desc" })
                : new JsonArray("_score", new JsonObject { ["date"] = "desc" }),
            ["_source"] = Shown(),
        };
    }

    /// <summary>Items sharing words of <paramref name="title"/> and the given facet values (industry, domain weigh most).</summary>
    public static JsonObject Similar(string tenant, string uid, string title, IReadOnlyDictionary<string, IReadOnlyList<string>> facets, int take)
    {
        var like = new JsonArray();
        foreach (var token in WordPlan.Tokenize(title).Select(t => t.Text).Distinct())
        {
            like.Add(Term("all", token));
        }

        foreach (var (dimension, values) in facets)
        {
            foreach (var value in values)
            {
                like.Add(Term(dimension, value, dimension is SearchFacets.Industry or SearchFacets.Domain ? 4f : 1f));
            }
        }

        return new JsonObject
        {
            ["size"] = take,
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["filter"] = Live(tenant),
                    ["must_not"] = new JsonArray(Term("uid", uid)),
                    ["should"] = like,
                    ["minimum_should_match"] = 1,
                },
            },
            ["_source"] = Shown(),
        };
    }

    /// <summary>A page of one tenant's identities and versions (removals included), in uid order.</summary>
    public static JsonObject Versions(string tenant, int size, string? after)
    {
        var query = new JsonObject
        {
            ["size"] = size,
            ["query"] = Term("tenant", tenant),
            ["sort"] = new JsonArray(new JsonObject { ["uid"] = "asc" }),
            ["_source"] = new JsonArray("uid", "version"),
        };
        if (after is not null)
        {
            query["search_after"] = new JsonArray(after);
        }

        return query;
    }

    private static JsonArray Live(string tenant) => new(Term("tenant", tenant), Term("live", true));

    private static JsonArray Shown() => new(SearchFacets.Kind, "id", "title", "subtitle", "text", "date");

    /// <summary>One word or any of its synonyms.</summary>
    private static JsonObject? Clause(IReadOnlyList<string> alternatives)
    {
        var words = alternatives.Select(WordPlan.Of).OfType<WordPlan>().Select(Word).ToArray<JsonNode>();
        return words.Length switch
        {
            0 => null,
            1 => words[0].AsObject(),
            _ => new JsonObject { ["bool"] = new JsonObject { ["should"] = new JsonArray(words), ["minimum_should_match"] = 1 } },
        };
    }

    private static JsonObject Word(WordPlan plan)
    {
        var required = new JsonArray(plan.Required.Select(t => Term("all", t)).ToArray<JsonNode>());
        if (plan.MinimumMiddlePairs > 0)
        {
            required.Add(new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["should"] = new JsonArray(plan.MiddlePairs.Select(p => Term("all", p)).ToArray<JsonNode>()),
                    ["minimum_should_match"] = plan.MinimumMiddlePairs,
                },
            });
        }

        // The whole word: its ends are required already, so every middle pair as well.
        var scoring = new JsonArray(Whole("title", plan.Distinct, WordPlan.TitleTermsBoost));
        if (plan.MiddlePairs.Count > 0)
        {
            scoring.Add(Whole("all", plan.MiddlePairs, WordPlan.WholeWordBoost));
        }

        if (plan.Tokens.Count > 1)
        {
            scoring.Add(new JsonObject
            {
                ["match_phrase"] = new JsonObject { ["title"] = new JsonObject { ["query"] = plan.Word, ["boost"] = WordPlan.TitlePhraseBoost } },
            });
        }

        return new JsonObject { ["bool"] = new JsonObject { ["must"] = required, ["should"] = scoring } };
    }

    private static JsonObject Whole(string field, IReadOnlyList<string> tokens, float boost) => new()
    {
        ["bool"] = new JsonObject { ["must"] = new JsonArray(tokens.Select(t => Term(field, t)).ToArray<JsonNode>()), ["boost"] = boost },
    };

    private static JsonObject All(IEnumerable<JsonObject> filters)
    {
        var all = filters.ToArray<JsonNode>();
        return all.Length == 0
            ? new JsonObject { ["match_all"] = new JsonObject() }
            : new JsonObject { ["bool"] = new JsonObject { ["filter"] = new JsonArray(all) } };
    }

    private static JsonObject Terms(string field, IReadOnlyList<string> values) =>
        new() { ["terms"] = new JsonObject { [field] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()) } };

    private static JsonObject Term(string field, JsonNode value, float boost = 1f) =>
        new() { ["term"] = new JsonObject { [field] = new JsonObject { ["value"] = value, ["boost"] = boost } } };
}
