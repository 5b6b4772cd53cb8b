using System.Text.Json.Nodes;

namespace Showcase.Catalog.Search.Elasticsearch;

/// <summary>
/// The query DSL for a search: the same <see cref="SearchPlan"/> as the embedded engine, term by term (span queries
/// for words in order, phrases for adjacent ones). Facet filters go in <c>post_filter</c> so each dimension's aggregation can leave its own filter out (a
/// multi-select keeps its other values), the way the embedded engine counts.
/// </summary>
internal static class ElasticsearchQueries
{
    private const int FacetValuesPerDimension = 500;

    public static JsonObject Search(SearchRequest request, SearchPlan plan, int relaxedMinimum)
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

        var newest = request.Sort == SearchSort.Newest || plan.IsEmpty;
        return new JsonObject
        {
            ["from"] = request.Skip,
            ["size"] = request.Take,
            ["track_total_hits"] = SearchScoring.CountLimit,
            ["query"] = new JsonObject
            {
                ["bool"] = Matching(request.Tenant, plan, relaxedMinimum),
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
        foreach (var token in QueryTokens.Of(title).Select(t => t.Token).Distinct())
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

    /// <summary>How many of a portal's live items hold <paramref name="word"/> word for word (for <c>_count</c>).</summary>
    public static JsonObject Count(string tenant, string word) => new()
    {
        ["query"] = new JsonObject
        {
            ["bool"] = new JsonObject { ["filter"] = Live(tenant), ["must"] = new JsonArray(Adjacent("all", SearchPhrase.Of([word]), 1f)) },
        },
    };

    /// <summary>The index's full-text terms one edit from <paramref name="token"/>, commonest first (a term suggestion).</summary>
    public static JsonObject Neighbours(string token) => new()
    {
        ["size"] = 0,
        ["suggest"] = new JsonObject
        {
            ["near"] = new JsonObject
            {
                ["text"] = token,
                ["term"] = new JsonObject
                {
                    ["field"] = "all",
                    ["suggest_mode"] = "always",
                    ["max_edits"] = 1,
                    ["prefix_length"] = 0,
                    ["min_word_length"] = 1,
                    ["size"] = 100,
                    ["sort"] = "frequency",
                },
            },
        },
    };

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

    /// <summary>Every concept (or, relaxed, enough of them), the optional ones and the literal wording scoring, as <see cref="LuceneQueries"/> builds them.</summary>
    private static JsonObject Matching(string tenant, SearchPlan plan, int relaxedMinimum)
    {
        var concepts = plan.Required.Select(Concept).ToArray<JsonNode>();
        var scoring = new JsonArray(plan.Optional.Select(Concept).ToArray<JsonNode>());
        foreach (var phrase in plan.Required.Select(c => c.Literal).Concat(plan.Literals))
        {
            scoring.Add(Adjacent("title", phrase, SearchScoring.TitleBoost));
        }

        if (relaxedMinimum == 0 && !plan.IsEmpty)
        {
            // The title tier: every concept's wording in the title ranks first (the embedded engine ranks it apart).
            scoring.Add(new JsonObject
            {
                ["constant_score"] = new JsonObject
                {
                    ["filter"] = new JsonObject { ["bool"] = new JsonObject { ["must"] = new JsonArray(plan.Required.Select(c => Adjacent("title", c.Literal, 1f)).ToArray<JsonNode>()) } },
                    ["boost"] = SearchScoring.TitleTierBoost,
                },
            });
        }

        var must = relaxedMinimum > 0
            ? new JsonArray(new JsonObject { ["bool"] = new JsonObject { ["should"] = new JsonArray(concepts), ["minimum_should_match"] = relaxedMinimum } })
            : new JsonArray(concepts);
        return new JsonObject { ["filter"] = Live(tenant), ["must"] = must, ["should"] = scoring };
    }

    /// <summary>The concept's wording or any synonym or near spelling (which score less).</summary>
    private static JsonObject Concept(SearchConcept concept) =>
        concept.Alternatives.Count == 1
            ? Phrase(concept.Literal, 1f)
            : new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["should"] = new JsonArray(concept.Synonyms.Select(s => Phrase(s, SearchScoring.SynonymWeight)).Prepend(Phrase(concept.Literal, 1f)).ToArray<JsonNode>()),
                    ["minimum_should_match"] = 1,
                },
            };

    /// <summary>The phrase's words in order within one value of the full text, up to <see cref="SearchPhrase.MaximumGap"/> apart.</summary>
    private static JsonObject Phrase(SearchPhrase phrase, float boost) =>
        phrase.Pieces is [{ Fuzzy: true } fuzzy]
            ? new JsonObject
            {
                ["fuzzy"] = new JsonObject
                {
                    ["all"] = new JsonObject { ["value"] = fuzzy.Tokens[0].Token, ["fuzziness"] = 1, ["transpositions"] = true, ["boost"] = boost },
                },
            }
            : phrase.Pieces.Count == 1
            ? Adjacent("all", phrase, boost)
            : new JsonObject
            {
                ["span_near"] = new JsonObject
                {
                    ["clauses"] = new JsonArray(phrase.Pieces.Select(Piece).ToArray<JsonNode>()),
                    ["slop"] = SearchPhrase.MaximumGap,
                    ["in_order"] = true,
                    ["boost"] = boost,
                },
            };

    private static JsonObject Piece(SearchPiece piece) =>
        piece.Tokens.Count == 1 ? SpanTerm(piece.Tokens[0].Token, "all") : Sequence("all", piece.Tokens, 1f);

    private static JsonObject SpanTerm(string token, string field) => new() { ["span_term"] = new JsonObject { [field] = token } };

    /// <summary>
    /// The phrase's text word for word. Its tokens are the query analysis's (pairs), so it is a term or a
    /// <c>span_near</c> of terms with no slop, the same as the embedded engine's phrase query.
    /// </summary>
    private static JsonObject Adjacent(string field, SearchPhrase phrase, float boost)
    {
        var tokens = QueryTokens.Of(phrase.Text);
        return tokens.Count == 1 ? Term(field, tokens[0].Token, boost) : Sequence(field, tokens, boost);
    }

    /// <summary>Tokens one after another, nothing between (what a word's character pairs are).</summary>
    private static JsonObject Sequence(string field, IReadOnlyList<(string Token, int Position)> tokens, float boost) => new()
    {
        ["span_near"] = new JsonObject
        {
            ["clauses"] = new JsonArray(tokens.Select(t => SpanTerm(t.Token, field)).ToArray<JsonNode>()),
            ["slop"] = 0,
            ["in_order"] = true,
            ["boost"] = boost,
        },
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
