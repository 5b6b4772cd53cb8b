using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace Showcase.Catalog.Search;

/// <summary>
/// Splits a query into words: runs of Han characters by SmartCn's dictionary and hidden Markov model (怎样 / 减少 /
/// 冲压 / 件 / 的 / 毛刺), runs of Latin letters and digits whole (x / 射线, smt / 产线), anything else a break. Only
/// queries are segmented: the index keeps characters and pairs, so a word the dictionary splits is still found.
/// </summary>
public static class QuerySegmenter
{
    public static IReadOnlyList<QuerySegment> Segment(string text)
    {
        var segments = new List<QuerySegment>();
        for (var i = 0; i < text.Length;)
        {
            var kind = KindOf(text[i]);
            var end = i + 1;
            while (end < text.Length && KindOf(text[end]) == kind)
            {
                end++;
            }

            var run = text[i..end];
            switch (kind)
            {
                case QuerySegmentKind.Han:
                    segments.AddRange(Words(run).Select(w => new QuerySegment(w, kind)));
                    break;
                case QuerySegmentKind.Latin:
                    segments.Add(new QuerySegment(run, kind));
                    break;
                default:
                    if (segments.Count > 0 && segments[^1].Kind != QuerySegmentKind.Break)
                    {
                        segments.Add(new QuerySegment(run, kind));
                    }

                    break;
            }

            i = end;
        }

        return segments;
    }

    public static bool IsHan(char c) => c >= '\u2E80' && char.IsLetter(c);

    private static QuerySegmentKind KindOf(char c) =>
        IsHan(c) ? QuerySegmentKind.Han : char.IsLetterOrDigit(c) ? QuerySegmentKind.Latin : QuerySegmentKind.Break;

    private static List<string> Words(string han)
    {
        var words = new List<string>();
        using var tokenizer = new HMMChineseTokenizer(new StringReader(han));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            words.Add(term.ToString());
        }

        tokenizer.End();
        return words;
    }
}

public enum QuerySegmentKind
{
    Han,
    Latin,
    Break,
}

public sealed record QuerySegment(string Text, QuerySegmentKind Kind);
