using System.Net;
using System.Text;

namespace Showcase.Catalog.Search;

/// <summary>Text with the matched words in <c>&lt;mark&gt;</c>, HTML-encoded otherwise; a snippet is a window around the first match.</summary>
public static class Snippets
{
    public static string Mark(string text, IReadOnlyList<string> words)
    {
        var builder = new StringBuilder(text.Length + 32);
        var folded = SearchText.Normalize(text);
        var i = 0;
        // NFKC keeps one character per character for Chinese and full-width forms, so offsets in the folded text
        // are offsets in the text; when it does not (rare ligatures), marking is skipped rather than misplaced.
        var aligned = folded.Length == text.Length;
        while (i < text.Length)
        {
            var word = aligned ? words.FirstOrDefault(w => w.Length > 0 && string.CompareOrdinal(folded, i, w, 0, w.Length) == 0) : null;
            if (word is null)
            {
                builder.Append(WebUtility.HtmlEncode(text[i].ToString()));
                i++;
                continue;
            }

            builder.Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(i, word.Length))).Append("</mark>");
            i += word.Length;
        }

        return builder.ToString();
    }

    /// <summary>About <paramref name="length"/> characters around the first match (or the start), marked.</summary>
    public static string Snippet(string text, IReadOnlyList<string> words, int length = 90)
    {
        var folded = SearchText.Normalize(text);
        var first = words.Select(w => folded.IndexOf(w, StringComparison.Ordinal)).Where(p => p >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, Math.Min(first - length / 3, text.Length - length));
        var window = text.Substring(start, Math.Min(length, text.Length - start)).ReplaceLineEndings(" ");
        return (start > 0 ? "…" : "") + Mark(window, words) + (start + length < text.Length ? "…" : "");
    }
}
