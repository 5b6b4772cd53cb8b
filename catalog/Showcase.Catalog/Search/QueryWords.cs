using System.Text;

namespace Showcase.Catalog.Search;

/// <summary>
/// What a word of a query is for (<c>query-words.txt</c>): question and function words are dropped (怎样, 的, 请问),
/// generic words only add to the score (减少, 案例, 生产), every other word must match.
/// </summary>
public static class QueryWords
{
    private static readonly Dictionary<string, QueryWordRole> Roles = Parse(ReadEmbedded());

    public static QueryWordRole RoleOf(string word) => Roles.GetValueOrDefault(word, QueryWordRole.Content);

    private static Dictionary<string, QueryWordRole> Parse(string text)
    {
        var roles = new Dictionary<string, QueryWordRole>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            var role = parts[0] switch
            {
                "drop" => QueryWordRole.Dropped,
                "weak" => QueryWordRole.Optional,
                _ => throw new FormatException($"query-words.txt: unknown role “{parts[0]}” in “{line}”."),
            };
            foreach (var word in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                roles[word] = role;
            }
        }

        return roles;
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(QueryWords).Assembly.GetManifestResourceStream("Showcase.Catalog.Search.query-words.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

public enum QueryWordRole
{
    /// <summary>Must match (or, when nothing matches them all, most such words must).</summary>
    Content,

    /// <summary>Scores when present, never required.</summary>
    Optional,

    /// <summary>Not searched.</summary>
    Dropped,
}
