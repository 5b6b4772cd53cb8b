using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>
/// Chinese without a dictionary: traditional characters are folded to simplified first (數字孿生 is 数字孪生); the
/// standard tokenizer splits Han text into characters and keeps Latin words (5G, MES, AGV) whole; width folding and
/// lower case make ＭＥＳ and mes the same; Han characters are indexed as single characters and as overlapping pairs.
/// Queries use the pairs (and a lone character as itself), so 焊点检测 must contain 焊点, 点检 and 检测, and 焊 finds
/// every 焊.
/// </summary>
public static class ChineseAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Changes whenever what this analysis makes of a text changes (2: traditional characters folded). An embedded index
    /// written with another revision is emptied and refilled on start; an Elasticsearch index needs a rebuild.
    /// </summary>
    public const string Revision = "2";

    /// <summary>For indexing: characters and pairs.</summary>
    public static Analyzer Index() => Create(outputUnigrams: true);

    /// <summary>For queries: pairs, or the character itself when it stands alone.</summary>
    public static Analyzer Query() => Create(outputUnigrams: false);

    private static Analyzer Create(bool outputUnigrams) => Analyzer.NewAnonymous(
        (_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, outputUnigrams);
            return new TokenStreamComponents(tokenizer, stream);
        },
        (_, reader) => TraditionalChinese.Filter(reader));
}
