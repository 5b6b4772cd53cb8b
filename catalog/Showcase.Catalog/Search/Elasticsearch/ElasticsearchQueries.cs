using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using EsSearchRequest = Elastic.Clients.Elasticsearch.SearchRequest;

namespace Showcase.Catalog.Search.Elasticsearch;

/// <summary>
/// The query DSL for a search: the same <see cref="SearchPlan"/> as the embedded engine, term by term (span queries
/// for words in order, phrases for adjacent ones). Facet filters go in <c>post_filter</c> so each dimension's
/// aggregation can leave its own filter out (a multi-select keeps its other values), the way the embedded engine counts.
/// </summary>
internal static class ElasticsearchQueries
{
    /// <summary>The name of each facet dimension's terms aggregation, under the dimension's filter aggregation.</summary>
    public const string FacetValues = "values";

    /// <summary>The name of the term suggestion <see cref="Neighbours"/> asks for.</summary>
    public const string Near = "near";

    private const int FacetValuesPerDimension = 500;

    private static readonly Field[] ShownFields = [SearchFacets.Kind, "id", "title", "subtitle", "text", "date", "en_title", "en_text"];

    public static EsSearchRequest Search(string alias, SearchRequest request, SearchPlan plan, int relaxedMinimum)
    {
        var filters = request.Filters.Where(f => f.Value.Count > 0).ToDictionary(f => f.Key, f => f.Value);
        var newest = request.Sort == SearchSort.Newest || plan.IsEmpty;
        return new EsSearchRequest(alias)
        {
            From = request.Skip,
            Size = request.Take,
            TrackTotalHits = SearchScoring.CountLimit,
            Query = Matching(request.Tenant, plan, relaxedMinimum),
            PostFilter = All(filters.Select(f => Terms(f.Key, f.Value))),
            Aggregations = request.FacetDimensions.Distinct().ToDictionary(dimension => dimension, dimension => new Aggregation
            {
                Filter = All(filters.Where(f => f.Key != dimension).Select(f => Terms(f.Key, f.Value))),
                Aggregations = new Dictionary<string, Aggregation>
                {
                    [FacetValues] = new TermsAggregation { Field = dimension, Size = FacetValuesPerDimension },
                },
            }),
            Sort = newest ? [Newest()] : [new SortOptions { Score = new ScoreSort() }, Newest()],
            Source = Shown(),
        };
    }

    /// <summary>Items sharing words of <paramref name="title"/> and the given facet values (industry, domain weigh most).</summary>
    public static EsSearchRequest Similar(string alias, string tenant, string uid, string title, IReadOnlyDictionary<string, IReadOnlyList<string>> facets, int take)
    {
        var like = QueryTokens.Of(title).Select(t => t.Token).Distinct().Select(token => Term("all", token))
            .Concat(facets.SelectMany(f => f.Value.Select(value => Term(f.Key, value, f.Key is SearchFacets.Industry or SearchFacets.Domain ? 4f : 1f))));
        return new EsSearchRequest(alias)
        {
            Size = take,
            Query = new BoolQuery { Filter = Live(tenant), MustNot = [Term("uid", uid)], Should = [.. like], MinimumShouldMatch = 1 },
            Source = Shown(),
        };
    }

    /// <summary>How many of a portal's live items hold <paramref name="word"/> word for word.</summary>
    public static CountRequest Count(string alias, string tenant, string word) => new(alias)
    {
        Query = new BoolQuery { Filter = Live(tenant), Must = [Adjacent("all", SearchPhrase.Of([word]), 1f)] },
    };

    /// <summary>The index's full-text terms one edit from <paramref name="token"/>, commonest first (a term suggestion).</summary>
    public static EsSearchRequest Neighbours(string alias, string token) => new(alias)
    {
        Size = 0,
        Suggest = new Suggester
        {
            Suggesters = new Dictionary<string, FieldSuggester>
            {
                [Near] = new FieldSuggester
                {
                    Text = token,
                    Term = new TermSuggester
                    {
                        Field = "all", SuggestMode = SuggestMode.Always, MaxEdits = 1, PrefixLength = 0, MinWordLength = 1, Size = 100, Sort = SuggestSort.Frequency,
                    },
                },
            },
        },
    };

    /// <summary>Every document of one tenant, removals included, deleted with the index refreshed after.</summary>
    public static DeleteByQueryRequest Tenant(string index, string tenant) => new(index) { Query = Term("tenant", tenant), Refresh = true, Conflicts = Conflicts.Proceed };

    /// <summary>A page of one tenant's identities and versions (removals included), in uid order.</summary>
    public static EsSearchRequest Versions(string alias, string tenant, int size, string? after) => new(alias)
    {
        Size = size,
        Query = Term("tenant", tenant),
        Sort = [new SortOptions { Field = new FieldSort("uid") { Order = SortOrder.Asc } }],
        Source = new SourceConfig(new SourceFilter { Includes = Fields.FromStrings(["uid", "version"]) }),
        SearchAfter = after is null ? null : [FieldValue.String(after)],
    };

    private static SortOptions Newest() => new() { Field = new FieldSort("date") { Order = SortOrder.Desc } };

    private static Query[] Live(string tenant) => [Term("tenant", tenant), Term("live", FieldValue.True)];

    private static SourceConfig Shown() => new(new SourceFilter { Includes = Fields.FromFields(ShownFields) });

    /// <summary>Every concept (or, relaxed, enough of them), the optional ones and the literal wording scoring, as <see cref="LuceneQueries"/> builds them.</summary>
    private static BoolQuery Matching(string tenant, SearchPlan plan, int relaxedMinimum)
    {
        var concepts = plan.Required.Select(Concept).ToArray();
        var scoring = plan.Optional.Select(Concept)
            .Concat(plan.Required.Select(c => c.Literal).Concat(plan.Literals).Select(phrase => Title(phrase, SearchScoring.TitleBoost)))
            .ToList();
        if (relaxedMinimum == 0 && !plan.IsEmpty)
        {
            // The title tier: every concept's wording in the title ranks first (the embedded engine ranks it apart).
            scoring.Add(new ConstantScoreQuery(new BoolQuery { Must = [.. plan.Required.Select(c => Title(c.Literal, 1f))] }) { Boost = SearchScoring.TitleTierBoost });
        }

        Query[] must = relaxedMinimum > 0 ? [new BoolQuery { Should = concepts, MinimumShouldMatch = relaxedMinimum }] : concepts;
        return new BoolQuery { Filter = Live(tenant), Must = must, Should = scoring };
    }

    /// <summary>The concept's wording or any synonym or near spelling (which score less).</summary>
    private static Query Concept(SearchConcept concept) =>
        concept.Alternatives.Count == 1
            ? Phrase(concept.Literal, 1f)
            : new BoolQuery { Should = [.. concept.Synonyms.Select(s => Phrase(s, SearchScoring.SynonymWeight)).Prepend(Phrase(concept.Literal, 1f))], MinimumShouldMatch = 1 };

    /// <summary>
    /// The phrase's words in order within one value of the full text, up to <see cref="SearchPhrase.MaximumGap"/> apart;
    /// Latin words in the English text too, by their stems.
    /// </summary>
    private static Query Phrase(SearchPhrase phrase, float boost) =>
        phrase.English is { } english ? Either(InField("all", phrase, 1f), InField(EnglishAnalyzers.Field, english, 1f), boost) : InField("all", phrase, boost);

    /// <summary>The phrase word for word in the title (Latin words in the English title too, by their stems).</summary>
    private static Query Title(SearchPhrase phrase, float boost) =>
        phrase.English is { } english ? Either(Adjacent("title", phrase, 1f), Adjacent("en_title", english, 1f), boost) : Adjacent("title", phrase, boost);

    private static Query InField(string field, SearchPhrase phrase, float boost) =>
        phrase.Pieces is [{ Fuzzy: true } fuzzy]
            ? new FuzzyQuery(field, fuzzy.Tokens[0].Token) { Fuzziness = new Fuzziness(1), Transpositions = true, Boost = boost }
            : phrase.Pieces.Count == 1
            ? Adjacent(field, phrase, boost)
            : new SpanNearQuery { Clauses = [.. phrase.Pieces.Select(p => Piece(field, p))], Slop = SearchPhrase.MaximumGap, InOrder = true, Boost = boost };

    private static BoolQuery Either(Query first, Query second, float boost) => new() { Should = [first, second], MinimumShouldMatch = 1, Boost = boost };

    private static SpanQuery Piece(string field, SearchPiece piece) =>
        piece.Tokens.Count == 1 ? SpanTerm(piece.Tokens[0].Token, field) : Sequence(field, piece.Tokens, 1f);

    private static SpanTermQuery SpanTerm(string token, string field) => new(field, token);

    /// <summary>
    /// The phrase's text word for word. Its tokens are the query analysis's (pairs), so it is a term or a
    /// <c>span_near</c> of terms with no slop, the same as the embedded engine's phrase query.
    /// </summary>
    private static Query Adjacent(string field, SearchPhrase phrase, float boost)
    {
        var tokens = phrase.AdjacentTokens();
        return tokens.Count == 1 ? Term(field, tokens[0].Token, boost) : Sequence(field, tokens, boost);
    }

    /// <summary>Tokens one after another, nothing between (what a word's character pairs are).</summary>
    private static SpanNearQuery Sequence(string field, IReadOnlyList<(string Token, int Position)> tokens, float boost) =>
        new() { Clauses = [.. tokens.Select(t => (SpanQuery)SpanTerm(t.Token, field))], Slop = 0, InOrder = true, Boost = boost };

    private static Query All(IEnumerable<Query> filters)
    {
        var all = filters.ToArray();
        return all.Length == 0 ? new MatchAllQuery() : new BoolQuery { Filter = all };
    }

    private static Query Terms(string field, IReadOnlyList<string> values) =>
        new TermsQuery(field, new TermsQueryField([.. values.Select(FieldValue.String)]));

    private static TermQuery Term(string field, FieldValue value, float boost = 1f) => new(field, value) { Boost = boost };
}
