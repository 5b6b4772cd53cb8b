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
    public static Query Build(string tenant, SearchPlan plan, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, int relaxedMinimum = 0, string? exceptDimension = null)
    {
        var query = Scope(tenant);
        if (relaxedMinimum > 0)
        {
            var enough = new BooleanQuery { MinimumNumberShouldMatch = relaxedMinimum };
            foreach (var concept in plan.Required)
            {
                enough.Add(Concept(concept), Occur.SHOULD);
            }

            query.Add(enough, Occur.MUST);
        }
        else
        {
            foreach (var concept in plan.Required)
            {
                query.Add(Concept(concept), Occur.MUST);
            }
        }

        foreach (var concept in plan.Optional)
        {
            query.Add(Concept(concept), Occur.SHOULD);
        }

        foreach (var phrase in plan.Required.Select(c => c.Literal).Concat(plan.Literals))
        {
            query.Add(Adjacent(LuceneFields.All, phrase, SearchScoring.AdjacentBoost), Occur.SHOULD);
            query.Add(Adjacent(LuceneFields.Title, phrase, SearchScoring.TitleBoost), Occur.SHOULD);
        }

        foreach (var (dimension, values) in filters)
        {
            if (dimension == exceptDimension || values.Count == 0)
            {
                continue;
            }

            var any = new BooleanQuery();
            foreach (var value in values)
            {
                any.Add(new TermQuery(new Term(dimension, value)), Occur.SHOULD);
            }

            query.Add(any, Occur.MUST);
        }

        return query;
    }

    /// <summary>Items sharing words of <paramref name="title"/> and the given facet values (industry, domain weigh most).</summary>
    public static Query Similar(string tenant, string uid, string title, IReadOnlyDictionary<string, IReadOnlyList<string>> facets)
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

        var query = Scope(tenant);
        query.Add(new TermQuery(new Term(LuceneFields.Uid, uid)), Occur.MUST_NOT);
        query.Add(like, Occur.MUST);
        return query;
    }

    private static BooleanQuery Scope(string tenant) => new()
    {
        { new TermQuery(new Term(LuceneFields.Tenant, tenant)), Occur.MUST },
        { new TermQuery(new Term(LuceneFields.Live, "1")), Occur.MUST },
    };

    /// <summary>The concept's wording or any synonym or near spelling (which score less).</summary>
    private static Query Concept(SearchConcept concept)
    {
        if (concept.Alternatives.Count == 1)
        {
            return Phrase(concept.Literal);
        }

        var any = new BooleanQuery { { Phrase(concept.Literal), Occur.SHOULD } };
        foreach (var synonym in concept.Synonyms)
        {
            var query = Phrase(synonym);
            query.Boost = SearchScoring.SynonymWeight;
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>The phrase's words in order within one field of the full text, up to <see cref="SearchPhrase.MaximumGap"/> apart.</summary>
    private static Query Phrase(SearchPhrase phrase) =>
        phrase.Pieces is [{ Fuzzy: true } fuzzy]
            ? new FuzzyQuery(new Term(LuceneFields.All, fuzzy.Tokens[0].Token), maxEdits: 1)
            : phrase.Pieces.Count == 1
            ? Adjacent(LuceneFields.All, phrase, 1f)
            : new SpanNearQuery(phrase.Pieces.Select(p => Piece(LuceneFields.All, p)).ToArray(), SearchPhrase.MaximumGap, inOrder: true);

    private static SpanQuery Piece(string field, SearchPiece piece) =>
        piece.Tokens.Count == 1
            ? new SpanTermQuery(new Term(field, piece.Tokens[0].Token))
            : new SpanNearQuery(piece.Tokens.Select(t => (SpanQuery)new SpanTermQuery(new Term(field, t.Token))).ToArray(), 0, inOrder: true);

    /// <summary>The phrase's text word for word, nothing between.</summary>
    private static Query Adjacent(string field, SearchPhrase phrase, float boost)
    {
        var tokens = QueryTokens.Of(phrase.Text);
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
