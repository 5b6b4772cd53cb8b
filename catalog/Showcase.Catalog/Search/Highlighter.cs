using System.Text;

namespace Showcase.Catalog.Search;

/// <summary>
/// Marks a search's words in text: the text with the matched words in <c>&lt;mark&gt;</c>, HTML-encoded otherwise; a
/// snippet is a window around the first match. Made once per search, used for every hit's title and snippet.
/// </summary>
public sealed class Highlighter
{
    private readonly string[] _words;
    private readonly Dictionary<char, string[]> _byFirstCharacter;
    private readonly IReadOnlyCollection<string> _stems;

    /// <param name="words">The words to mark, longest first (a longer word wins where two start together).</param>
    /// <param name="stems">English stems: a word of the text whose stem is one of them is marked too (twins, for twin).</param>
    public Highlighter(IEnumerable<string> words, IReadOnlyCollection<string>? stems = null)
    {
        _words = [.. words.Where(w => w.Length > 0)];
        _byFirstCharacter = _words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _stems = stems ?? [];
    }

    /// <summary>Marks what <paramref name="plan"/> searched for: its words, and English words by their stems.</summary>
    public static Highlighter Of(SearchPlan plan) => new(plan.Highlights, plan.EnglishHighlights);

    public static Highlighter None { get; } = new([]);

    public string Mark(string text)
    {
        var builder = new StringBuilder(text.Length + 32);
        var folded = SearchText.Normalize(text);
        // NFKC keeps one character per character for Chinese and full-width forms, so offsets in the folded text
        // are offsets in the text; when it does not (rare ligatures), marking is skipped rather than misplaced.
        var aligned = folded.Length == text.Length;
        var stemmed = StemMatches(text);
        var i = 0;
        while (i < text.Length)
        {
            var length = Math.Max(aligned ? MatchAt(folded, i) : 0, stemmed.GetValueOrDefault(i));
            if (length == 0)
            {
                Encode(builder, text[i]);
                i++;
                continue;
            }

            builder.Append("<mark>");
            foreach (var c in text.AsSpan(i, length))
            {
                Encode(builder, c);
            }

            builder.Append("</mark>");
            i += length;
        }

        return builder.ToString();
    }

    /// <summary>About <paramref name="length"/> characters around the first match (or the start), marked.</summary>
    public string Snippet(string text, int length = 90)
    {
        var folded = SearchText.Normalize(text);
        var first = _words.Select(w => folded.IndexOf(w, StringComparison.Ordinal)).Where(p => p >= 0)
            .Concat(StemMatches(text).Keys).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, Math.Min(first - length / 3, text.Length - length));
        var window = text.Substring(start, Math.Min(length, text.Length - start)).ReplaceLineEndings(" ");
        return (start > 0 ? "…" : "") + Mark(window) + (start + length < text.Length ? "…" : "");
    }

    /// <summary>Where English words whose stems are asked for start in <paramref name="text"/>, and their lengths.</summary>
    private Dictionary<int, int> StemMatches(string text) =>
        _stems.Count == 0
            ? []
            : EnglishAnalyzers.Tokens(text).Where(t => _stems.Contains(t.Token)).GroupBy(t => t.Start).ToDictionary(g => g.Key, g => g.Max(t => t.End) - g.Key);

    /// <summary>The length of the longest word starting at <paramref name="index"/>, or 0.</summary>
    private int MatchAt(string folded, int index)
    {
        if (!_byFirstCharacter.TryGetValue(folded[index], out var candidates))
        {
            return 0;
        }

        foreach (var word in candidates)
        {
            if (string.CompareOrdinal(folded, index, word, 0, word.Length) == 0)
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static void Encode(StringBuilder builder, char c) =>
        _ = c switch
        {
            '<' => builder.Append("&lt;"),
            '>' => builder.Append("&gt;"),
            '&' => builder.Append("&amp;"),
            '"' => builder.Append("&quot;"),
            '\'' => builder.Append("&#39;"),
            _ => builder.Append(c),
        };
}
