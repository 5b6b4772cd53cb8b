using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Showcase.Catalog.Search;

/// <summary>
/// English as its own fields hold it: standard tokenizer, possessives dropped, lower case, English stop words out,
/// Porter stems (twins → twin, welding → weld) — the same steps as Elasticsearch's built-in <c>english</c> analyzer,
/// so both engines make the same tokens of the same text. Index and query use the same analysis.
/// </summary>
public static class EnglishAnalyzers
{
    /// <summary>The field name English text is analysed under (any: the analysis is the same for every English field).</summary>
    public const string Field = "en";

    private static readonly Analyzer Shared = Create();

    public static Analyzer Create() => new English();

    /// <summary>The tokens of <paramref name="text"/> with their positions (a stop word leaves a gap) and where they stand in it.</summary>
    public static List<(string Token, int Position, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = Shared.GetTokenStream(Field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    private sealed class English : Analyzer
    {
        private static readonly CharArraySet StopWords = EnglishAnalyzer.DefaultStopSet;

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(ChineseAnalyzers.Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(ChineseAnalyzers.Version, tokenizer);
            stream = new LowerCaseFilter(ChineseAnalyzers.Version, stream);
            stream = new StopFilter(ChineseAnalyzers.Version, stream, StopWords);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        public override int GetPositionIncrementGap(string fieldName) => ChineseAnalyzers.FieldGap;
    }
}
