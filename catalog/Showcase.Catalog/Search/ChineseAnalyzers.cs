using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>
/// Chinese without a dictionary in the index: traditional characters are folded to simplified first (數字孿生 is
/// 数字孪生); the standard tokenizer splits Han text into characters and keeps Latin words (5G, MES, AGV) whole; width
/// folding and lower case make ＭＥＳ and mes the same; Han characters are indexed as single characters and as
/// overlapping pairs. Queries use the pairs (and a lone character as itself): a word is its pairs at adjacent positions,
/// and <see cref="SearchPlan"/> decides which words a query asks for.
/// </summary>
public static class ChineseAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Changes whenever what this analysis makes of a text changes (2: traditional characters folded; 3: an item's title,
    /// subtitle and text are separate values of its full-text field, <see cref="FieldGap"/> positions apart; 4: English
    /// title, text and tag names in English fields, <see cref="EnglishAnalyzers"/>). An embedded
    /// index written with another revision is emptied and refilled on start; an Elasticsearch index needs a rebuild.
    /// </summary>
    public const string Revision = "4";

    /// <summary>Positions between two values of one field, more than <see cref="SearchPhrase.MaximumGap"/>: a phrase never spans two.</summary>
    public const int FieldGap = 100;

    /// <summary>The field name query text is analysed under (any: the analysis is the same for every field).</summary>
    public const string QueryField = "all";

    /// <summary>For indexing: characters and pairs.</summary>
    public static Analyzer Index() => new Chinese(outputUnigrams: true);

    /// <summary>For queries: pairs, or the character itself when it stands alone.</summary>
    public static Analyzer Query() => new Chinese(outputUnigrams: false);

    private sealed class Chinese(bool outputUnigrams) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, outputUnigrams);
            return new TokenStreamComponents(tokenizer, stream);
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) => TraditionalChinese.Filter(reader);

        public override int GetPositionIncrementGap(string fieldName) => FieldGap;
    }
}
