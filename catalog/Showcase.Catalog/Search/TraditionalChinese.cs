using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace Showcase.Catalog.Search;

/// <summary>
/// Folds traditional Chinese characters to simplified ones (數字孿生 → 数字孪生), at index and query time on both engines,
/// so either spelling finds the other. The table is OpenCC's <c>TSCharacters.txt</c> (Apache-2.0), shipped unchanged as
/// <c>opencc-ts-characters.txt</c>; a character folds to OpenCC's first choice. Only characters of the Basic
/// Multilingual Plane that map to one such character are folded, so folding never changes the length of a text and
/// highlight positions stay where they were.
/// </summary>
public static class TraditionalChinese
{
    private static readonly Lazy<IReadOnlyDictionary<char, char>> Table = new(Load);

    private static readonly Lazy<NormalizeCharMap> CharMap = new(() =>
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (traditional, simplified) in Table.Value)
        {
            builder.Add(traditional.ToString(), simplified.ToString());
        }

        return builder.Build();
    });

    /// <summary>Each traditional character and the simplified one it folds to.</summary>
    public static IReadOnlyDictionary<char, char> Folds => Table.Value;

    public static string Fold(string text)
    {
        var map = Map.Value;
        var first = text.AsSpan().IndexOfAnyExcept(map.Unchanged);
        while (first >= 0 && map.To[text[first]] == text[first])
        {
            var next = text.AsSpan(first + 1).IndexOfAnyExcept(map.Unchanged);
            first = next < 0 ? -1 : first + 1 + next;
        }

        return first < 0
            ? text
            : string.Create(text.Length, text, (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = map.To[source[i]];
                }
            });
    }

    /// <summary>Every UTF-16 unit's folded form, and the values no table entry starts from (searched vectorised).</summary>
    private static readonly Lazy<(char[] To, System.Buffers.SearchValues<char> Unchanged)> Map = new(() =>
    {
        var to = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            to[c] = (char)c;
        }

        foreach (var (traditional, simplified) in Table.Value)
        {
            to[traditional] = simplified;
        }

        // Characters below the first traditional one can never fold: ASCII, Latin and punctuation are skipped in bulk.
        var lowest = Table.Value.Keys.Min();
        return (to, System.Buffers.SearchValues.Create(Enumerable.Range(0, lowest).Select(c => (char)c).ToArray()));
    });

    /// <summary>The same folding as a Lucene character filter, ahead of the tokenizer.</summary>
    public static TextReader Filter(TextReader reader) => new MappingCharFilter(CharMap.Value, reader);

    private static Dictionary<char, char> Load()
    {
        using var stream = typeof(TraditionalChinese).Assembly.GetManifestResourceStream("Showcase.Catalog.Search.opencc-ts-characters.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Split('\t') is not [{ Length: 1 } traditional, var values])
            {
                continue;
            }

            if (values.Split(' ')[0] is { Length: 1 } simplified && simplified[0] != traditional[0])
            {
                table[traditional[0]] = simplified[0];
            }
        }

        return table;
    }
}
