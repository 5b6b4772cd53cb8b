using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace Showcase.Catalog.Search;

/// <summary>
/// Builds Lucene queries from a <see cref="SearchPlan"/>: every concept (or, relaxed, enough of them) must match as one
/// of its phrases in the full-text field, its words in order within one field; the literal wording scores above
/// synonyms, adjacent words above gapped ones, and the title above the rest.
/// </summary>
internal static class LuceneQueries
{
    /// <summary>
    /// How the plan scores a document (the matches themselves come from <see cref="LuceneMatchParts"/>). A phrase that
    /// <paramref name="held"/> says none of the documents to score holds is left out: it would add nothing to their
    /// scores, and its postings would still be read. It stays counted, so every score is what the whole query gives.
    /// </summary>
    public static Query Build(SearchPlan plan, int relaxedMinimum = 0, Func<string, SearchPhrase, bool>? held = null)
    {
        held ??= (_, _) => true;
        var query = new BooleanQuery();
        if (relaxedMinimum > 0)
        {
            var enough = new BooleanQuery { MinimumNumberShouldMatch = relaxedMinimum };
            foreach (var concept in plan.Required)
            {
                enough.Add(Concept(concept, held), Occur.SHOULD);
            }

            query.Add(enough, Occur.MUST);
        }
        else
        {
            foreach (var concept in plan.Required)
            {
                query.Add(Concept(concept, held), Occur.MUST);
            }
        }

        foreach (var concept in plan.Optional)
        {
            query.Add(Concept(concept, held), Occur.SHOULD);
        }

        // Close words outscore gapped ones through the spans' own scoring; the title's wording is worth a clause of its own.
        foreach (var phrase in plan.Required.Select(c => c.Literal).Concat(plan.Literals))
        {
            query.Add(held(LuceneFields.Title, phrase) ? Title(phrase, SearchScoring.TitleBoost) : Nothing(), Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? new MatchAllDocsQuery() : query;
    }

    /// <summary>Items sharing words of <paramref name="title"/> and the given facet values (industry, domain weigh most).</summary>
    public static Query Similar(string uid, string title, IReadOnlyDictionary<string, IReadOnlyList<string>> facets)
    {
        var like = new BooleanQuery();
        foreach (var term in QueryTokens.Of(title).Select(t => t.Token).Distinct())
        {
            like.Add(new TermQuery(new Term(LuceneFields.All, term)), Occur.SHOULD);
        }

        foreach (var (dimension, values) in facets)
        {
            foreach (var value in values)
            {
                like.Add(new TermQuery(new Term(dimension, value)) { Boost = dimension is SearchFacets.Industry or SearchFacets.Domain ? 4f : 1f }, Occur.SHOULD);
            }
        }

        return new BooleanQuery
        {
            { new TermQuery(new Term(LuceneFields.Uid, uid)), Occur.MUST_NOT },
            { like, Occur.MUST },
        };
    }

    /// <summary>
    /// A portal's live items, as a filter cached per segment (every search of a portal shares it, so the two terms
    /// that hold nearly every document are not walked again on each query).
    /// </summary>
    public static Filter Scope(string tenant) => Scopes.GetOrAdd(tenant, t => new CachingWrapperFilter(new QueryWrapperFilter(ScopeQuery(t))));

    /// <summary>A portal's live items.</summary>
    public static Query ScopeQuery(string tenant) => new BooleanQuery
    {
        { new TermQuery(new Term(LuceneFields.Tenant, tenant)), Occur.MUST },
        { new TermQuery(new Term(LuceneFields.Live, "1")), Occur.MUST },
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> Scopes = new(StringComparer.Ordinal);

    /// <summary>The concept's wording or any synonym or near spelling (which score less).</summary>
    private static Query Concept(SearchConcept concept, Func<string, SearchPhrase, bool> held)
    {
        if (concept.Alternatives.Count == 1)
        {
            return Phrase(concept.Literal);
        }

        var any = new BooleanQuery();
        foreach (var (alternative, i) in concept.Alternatives.Select((a, i) => (a, i)))
        {
            var query = held(LuceneFields.All, alternative) ? Phrase(alternative) : Nothing();
            query.Boost = i == 0 ? 1f : SearchScoring.SynonymWeight;
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>A clause that matches nothing and reads no postings, in place of one that would match nothing wanted.</summary>
    private static Query Nothing() => new TermQuery(new Term(LuceneFields.All, "\u0000"));

    /// <summary>
    /// The phrase's words in order within one value of the full text, up to <see cref="SearchPhrase.MaximumGap"/> apart;
    /// Latin words in the English text too, by their stems.
    /// </summary>
    public static Query Phrase(SearchPhrase phrase) =>
        phrase.English is { } english ? Either(InField(LuceneFields.All, phrase), InField(LuceneFields.English, english)) : InField(LuceneFields.All, phrase);

    /// <summary>The phrase word for word in the title (Latin words in the English title too, by their stems).</summary>
    public static Query Title(SearchPhrase phrase, float boost) =>
        phrase.English is { } english
            ? Either(Adjacent(LuceneFields.Title, phrase, boost), Adjacent(LuceneFields.EnglishTitle, english, boost))
            : Adjacent(LuceneFields.Title, phrase, boost);

    private static Query InField(string field, SearchPhrase phrase) =>
        phrase.Pieces is [{ Fuzzy: true } fuzzy]
            ? new FuzzyQuery(new Term(field, fuzzy.Tokens[0].Token), maxEdits: 1)
            : phrase.Pieces.Count == 1
            ? Adjacent(field, phrase, 1f)
            : new SpanNearQuery(phrase.Pieces.Select(p => Piece(field, p)).ToArray(), SearchPhrase.MaximumGap, inOrder: true, collectPayloads: false);

    private static BooleanQuery Either(Query first, Query second) => new() { { first, Occur.SHOULD }, { second, Occur.SHOULD } };

    private static SpanQuery Piece(string field, SearchPiece piece) =>
        piece.Tokens.Count == 1
            ? new SpanTermQuery(new Term(field, piece.Tokens[0].Token))
            : new SpanNearQuery(piece.Tokens.Select(t => (SpanQuery)new SpanTermQuery(new Term(field, t.Token))).ToArray(), 0, inOrder: true, collectPayloads: false);

    /// <summary>The phrase's text word for word, nothing between.</summary>
    public static Query Adjacent(string field, SearchPhrase phrase, float boost)
    {
        var tokens = phrase.AdjacentTokens();
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Token)) { Boost = boost };
        }

        var query = new PhraseQuery { Boost = boost };
        foreach (var (token, position) in tokens)
        {
            query.Add(new Term(field, token), position);
        }

        return query;
    }
}
