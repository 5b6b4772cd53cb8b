using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Showcase.Catalog.Search;

/// <summary>Builds Lucene queries: every word (or one of its synonyms) must match somewhere in the item, as its <see cref="WordPlan"/> says.</summary>
internal static class LuceneQueries
{
    public static Query Build(string tenant, SearchWords words, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string? exceptDimension = null)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(LuceneFields.Tenant, tenant)), Occur.MUST },
            { new TermQuery(new Term(LuceneFields.Live, "1")), Occur.MUST },
        };
        foreach (var clause in words.Clauses)
        {
            var alternatives = clause.Select(Word).OfType<Query>().ToArray();
            if (alternatives.Length == 1)
            {
                query.Add(alternatives[0], Occur.MUST);
            }
            else if (alternatives.Length > 1)
            {
                var any = new BooleanQuery();
                foreach (var alternative in alternatives)
                {
                    any.Add(alternative, Occur.SHOULD);
                }

                query.Add(any, Occur.MUST);
            }
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
        foreach (var term in WordPlan.Tokenize(title).Select(t => t.Text).Distinct())
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
            { new TermQuery(new Term(LuceneFields.Tenant, tenant)), Occur.MUST },
            { new TermQuery(new Term(LuceneFields.Live, "1")), Occur.MUST },
            { new TermQuery(new Term(LuceneFields.Uid, uid)), Occur.MUST_NOT },
            { like, Occur.MUST },
        };
    }

    /// <summary>One word, as <see cref="WordPlan"/> says.</summary>
    private static Query? Word(string word)
    {
        if (WordPlan.Of(word) is not { } plan)
        {
            return null;
        }

        // One flat query: the matching terms are required, the rest only score.
        var query = new BooleanQuery();
        foreach (var token in plan.Required)
        {
            query.Add(new TermQuery(new Term(LuceneFields.All, token)), Occur.MUST);
        }

        if (plan.MinimumMiddlePairs > 0)
        {
            var most = new BooleanQuery { MinimumNumberShouldMatch = plan.MinimumMiddlePairs };
            foreach (var pair in plan.MiddlePairs)
            {
                most.Add(new TermQuery(new Term(LuceneFields.All, pair)), Occur.SHOULD);
            }

            query.Add(most, Occur.MUST);
        }

        // The whole word: its ends are required already, so every middle pair as well (no second pass over the ends).
        if (plan.MiddlePairs.Count > 0)
        {
            query.Add(Whole(LuceneFields.All, plan.MiddlePairs, WordPlan.WholeWordBoost), Occur.SHOULD);
        }

        query.Add(Whole(LuceneFields.Title, plan.Distinct, WordPlan.TitleTermsBoost), Occur.SHOULD);
        if (plan.Tokens.Count > 1)
        {
            // The phrase is scored on the short title only: positions of every match's whole text cost more than they rank.
            var phrase = new PhraseQuery { Boost = WordPlan.TitlePhraseBoost };
            foreach (var (text, position) in plan.Tokens)
            {
                phrase.Add(new Term(LuceneFields.Title, text), position);
            }

            query.Add(phrase, Occur.SHOULD);
        }

        return query;
    }

    private static BooleanQuery Whole(string field, IReadOnlyList<string> tokens, float boost)
    {
        var query = new BooleanQuery { Boost = boost };
        foreach (var text in tokens)
        {
            query.Add(new TermQuery(new Term(field, text)), Occur.MUST);
        }

        return query;
    }
}
