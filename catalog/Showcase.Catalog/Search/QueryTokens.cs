using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Showcase.Catalog.Search;

/// <summary>The index tokens of query text, as the query analysis makes them: character pairs, lone characters, Latin words.</summary>
public static class QueryTokens
{
    private static readonly Analyzer Analyzer = ChineseAnalyzers.Query();

    public static List<(string Token, int Position)> Of(string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = Analyzer.GetTokenStream(ChineseAnalyzers.QueryField, text);
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
