using System.Text;

namespace Showcase.Catalog.Search;

/// <summary>
/// Groups of words that mean the same to the people searching (预测性维护 ≈ 设备健康管理 ≈ 远程运维). The shipped groups
/// come from <c>thesaurus.txt</c>; a portal may add its own.
/// </summary>
public sealed class Thesaurus
{
    private readonly Dictionary<string, IReadOnlyList<string>> _groupOf = new(StringComparer.Ordinal);

    public Thesaurus(IEnumerable<IReadOnlyList<string>> groups)
    {
        foreach (var group in groups)
        {
            var words = group.Select(SearchText.Normalize).Where(w => w.Length > 0).Distinct().ToArray();
            foreach (var word in words)
            {
                _groupOf[word] = _groupOf.TryGetValue(word, out var existing) ? existing.Union(words).ToArray() : words;
            }
        }

        Words = _groupOf.Keys.OrderByDescending(w => w.Length).ToArray();
    }

    /// <summary>The shipped thesaurus.</summary>
    public static Thesaurus Default { get; } = new(Parse(ReadEmbedded()));

    /// <summary>Every known word, longest first (for longest-match scanning).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The word and its synonyms, or just the word.</summary>
    public IReadOnlyList<string> Expand(string word) => _groupOf.TryGetValue(word, out var group) ? group : [word];

    /// <summary>This thesaurus with more groups (a portal's own).</summary>
    public Thesaurus With(IEnumerable<IReadOnlyList<string>> groups) =>
        new(_groupOf.Values.Distinct().Concat(groups));

    /// <summary>Lines of <c>词 ≈ 词 ≈ 词</c>; <c>#</c> starts a comment.</summary>
    public static IEnumerable<IReadOnlyList<string>> Parse(string text) =>
        text.Split('\n')
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .Select(line => (IReadOnlyList<string>)line.Split(['≈', ',', '，', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(group => group.Count > 1);

    private static string ReadEmbedded()
    {
        using var stream = typeof(Thesaurus).Assembly.GetManifestResourceStream("Showcase.Catalog.Search.thesaurus.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
