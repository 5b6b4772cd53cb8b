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
        var table = Table.Value;
        return text.Any(table.ContainsKey)
            ? string.Create(text.Length, text, (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = table.TryGetValue(source[i], out var simplified) ? simplified : source[i];
                }
            })
            : text;
    }

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
