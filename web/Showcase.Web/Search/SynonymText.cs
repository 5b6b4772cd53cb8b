namespace Showcase.Web.Search;

/// <summary>Synonym groups as people write them in a text box: one group per line, words separated by ≈ 、 ， or a comma.</summary>
public static class SynonymText
{
    private static readonly char[] Separators = ['≈', '、', '，', ',', '；', ';'];

    public static IReadOnlyList<IReadOnlyList<string>> Parse(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split('\n')
            .Select(line => (IReadOnlyList<string>)line.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(group => group.Count > 0)
            .ToArray();

    public static string Format(IReadOnlyList<IReadOnlyList<string>> groups) =>
        string.Join("\n", groups.Select(group => string.Join(" ≈ ", group)));
}
