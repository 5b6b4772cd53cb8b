using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Showcase.Catalog.Search;

/// <summary>
/// Builds Lucene queries: every word must match somewhere in the item (title, subtitle or text). A Chinese word
/// matches when the item has its first and last character pairs and most of the others — without a dictionary the
/// word boundaries are unknown, so 焊点检测 must find 焊点质量在线检测, which lacks the pair 点检. A match in the title,
/// and the word as a phrase, rank higher.
/// </summary>
internal sealed class LuceneQueries(Analyzer queryAnalyzer)
{
    private const float TitlePhraseBoost = 6f;
    private const float TitleTermsBoost = 3f;
    private const float WholeWordBoost = 4f;

    public Query Build(string tenant, SearchWords words, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string? exceptDimension = null)
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
    public Query Similar(string tenant, string uid, string title, IReadOnlyDictionary<string, IReadOnlyList<string>> facets)
    {
        var like = new BooleanQuery();
        foreach (var (term, _) in Tokens(LuceneFields.All, title).DistinctBy(t => t.Text))
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

    /// <summary>One word: all its pairs in the item; boosted when in the title and when consecutive.</summary>
    private Query? Word(string word)
    {
        var tokens = Tokens(LuceneFields.All, word);
        if (tokens.Count == 0)
        {
            return null;
        }

        // Matching tolerates a gap between the word's ends; the whole word (every pair) scores, more so in the title.
        var query = new BooleanQuery
        {
            { Matching(LuceneFields.All, tokens), Occur.MUST },
            { Whole(LuceneFields.All, tokens, WholeWordBoost), Occur.SHOULD },
            { Whole(LuceneFields.Title, tokens, TitleTermsBoost), Occur.SHOULD },
        };
        if (tokens.Count > 1)
        {
            // The phrase is scored on the short title only: positions of every match's whole text cost more than they rank.
            query.Add(Phrase(LuceneFields.Title, tokens, TitlePhraseBoost), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Every Latin word and lone character, the first and the last character pair, and all but a third of the pairs.</summary>
    private static BooleanQuery Matching(string field, IReadOnlyList<(string Text, int Position)> tokens)
    {
        var query = new BooleanQuery();
        var pairs = tokens.Where(t => IsPair(t.Text)).Select(t => t.Text).ToArray();
        var singles = tokens.Where(t => !IsPair(t.Text)).Select(t => t.Text);
        foreach (var single in singles.Distinct())
        {
            query.Add(new TermQuery(new Term(field, single)), Occur.MUST);
        }

        if (pairs.Length > 0)
        {
            query.Add(new TermQuery(new Term(field, pairs[0])), Occur.MUST);
            if (pairs.Length > 1)
            {
                query.Add(new TermQuery(new Term(field, pairs[^1])), Occur.MUST);
            }

            var most = new BooleanQuery { MinimumNumberShouldMatch = pairs.Length - pairs.Length / 3 };
            foreach (var pair in pairs.Distinct())
            {
                most.Add(new TermQuery(new Term(field, pair)), Occur.SHOULD);
            }

            most.MinimumNumberShouldMatch = Math.Min(most.MinimumNumberShouldMatch, most.Clauses.Count);
            query.Add(most, Occur.MUST);
        }

        return query;
    }

    private static BooleanQuery Whole(string field, IReadOnlyList<(string Text, int Position)> tokens, float boost)
    {
        var query = new BooleanQuery { Boost = boost };
        foreach (var text in tokens.Select(t => t.Text).Distinct())
        {
            query.Add(new TermQuery(new Term(field, text)), Occur.MUST);
        }

        return query;
    }

    /// <summary>A pair of Han characters as the bigram filter makes it (Latin words and lone characters are not).</summary>
    private static bool IsPair(string token) => token.Length == 2 && char.IsLetter(token[0]) && token.All(c => c >= '\u2E80');

    private static PhraseQuery Phrase(string field, IReadOnlyList<(string Text, int Position)> tokens, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (text, position) in tokens)
        {
            phrase.Add(new Term(field, text), position);
        }

        return phrase;
    }

    private List<(string Text, int Position)> Tokens(string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = queryAnalyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}
