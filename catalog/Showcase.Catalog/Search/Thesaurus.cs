using System.Text;

namespace Showcase.Catalog.Search;

/// <summary>
/// Groups of words that mean the same to the people searching (预测性维护 ≈ 设备健康管理 ≈ 远程运维 ≈ predictive
/// maintenance). The shipped groups come from <c>thesaurus.txt</c> and the bilingual <c>thesaurus-en.txt</c>; a portal
/// may add its own. Groups that share a word are one group. English words are also known by their stems, so digital
/// twins is the thesaurus's digital twin (<see cref="EnglishWord"/>).
/// </summary>
public sealed class Thesaurus
{
    private readonly Dictionary<string, IReadOnlyList<string>> _groupOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _englishByStems = new(StringComparer.Ordinal);

    public Thesaurus(IEnumerable<IReadOnlyList<string>> groups)
    {
        var merged = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var words = group.Select(SearchText.Normalize).Where(w => w.Length > 0).Distinct().ToArray();
            var joined = words.Select(w => merged.GetValueOrDefault(w)).OfType<List<string>>().Distinct().SelectMany(g => g).Concat(words).Distinct().ToList();
            foreach (var word in joined)
            {
                merged[word] = joined;
            }
        }

        foreach (var group in merged.Values.Distinct())
        {
            var words = group.ToArray();
            foreach (var word in words)
            {
                _groupOf[word] = words;
                if (!word.Any(QuerySegmenter.IsHan) && StemsOf([word]) is { Length: > 0 } stems)
                {
                    _englishByStems.TryAdd(stems, word);
                }
            }
        }

        Words = _groupOf.Keys.OrderByDescending(w => w.Length).ToArray();
    }

    /// <summary>The shipped thesaurus.</summary>
    public static Thesaurus Default { get; } = new(Parse(ReadEmbedded("thesaurus.txt")).Concat(Parse(ReadEmbedded("thesaurus-en.txt"))));

    /// <summary>Every known word, longest first (for longest-match scanning).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The word and its synonyms, or just the word.</summary>
    public IReadOnlyList<string> Expand(string word) => _groupOf.TryGetValue(word, out var group) ? group : [word];

    /// <summary>
    /// The thesaurus's English word or phrase that <paramref name="words"/> stem to (digital twins, twinning: digital
    /// twin; the Internet of Things: internet of things), or null.
    /// </summary>
    public string? EnglishWord(IEnumerable<string> words) =>
        StemsOf(words) is { Length: > 0 } stems ? _englishByStems.GetValueOrDefault(stems) : null;

    private static string StemsOf(IEnumerable<string> words) =>
        string.Join(" ", EnglishAnalyzers.Tokens(string.Join(" ", words)).Select(t => t.Token));

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

    /// <summary>A shipped list (<c>thesaurus.txt</c>, <c>thesaurus-en.txt</c>).</summary>
    public static string ReadEmbedded(string name)
    {
        using var stream = typeof(Thesaurus).Assembly.GetManifestResourceStream("Showcase.Catalog.Search." + name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
