using System.Text.RegularExpressions;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Api.Transfers;

/// <summary>
/// Reference terms in a spreadsheet cell: written as names people read (汽车、质量管控; in English Automotive, Quality
/// control), read back from Chinese or English names or codes. A name two terms share is written as
/// <c>名称（代码）</c> so the file reads back exactly.
/// </summary>
public static partial class TermCells
{
    public static string Format(Taxonomy taxonomy, IEnumerable<string> codes, string language = TenantProfile.Chinese) =>
        string.Join(language == TenantProfile.English ? ", " : "、", codes.Select(code => Format(taxonomy, code, language)));

    public static string Format(Taxonomy taxonomy, string code, string language = TenantProfile.Chinese)
    {
        var name = taxonomy.NameOf(code, language);
        return taxonomy.Terms.Count(t => t.NameIn(language) == name) > 1 ? $"{name}（{code}）" : name;
    }

    public static IReadOnlyList<string> Parse(Taxonomy taxonomy, string? cell, string column, RowErrors errors) =>
        Split(cell).Select(item => Resolve(taxonomy, item, column, errors)).OfType<string>().Distinct().ToArray();

    public static string? ParseOne(Taxonomy taxonomy, string? cell, string column, RowErrors errors) =>
        cell is null ? null : Resolve(taxonomy, cell, column, errors);

    /// <summary>Items separated by 、，,；; or line breaks.</summary>
    public static IEnumerable<string> Split(string? cell) =>
        cell is null ? [] : Separators().Split(cell).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string? Resolve(Taxonomy taxonomy, string item, string column, RowErrors errors)
    {
        var withCode = NameWithCode().Match(item);
        var text = withCode.Success ? withCode.Groups["code"].Value : item;
        if (taxonomy.Contains(text))
        {
            return text;
        }

        var byName = taxonomy.Terms.Where(t => t.Name == item || Short(t.Name) == item || string.Equals(t.English, item, StringComparison.OrdinalIgnoreCase)).ToArray();
        switch (byName.Length)
        {
            case 1:
                return byName[0].Code;
            case 0:
                errors.Add(column, "NotInList", item, taxonomy.Name);
                return null;
            default:
                errors.Add(column, "AmbiguousInList", item, taxonomy.Name, $"{byName[0].Name}（{byName[0].Code}）");
                return null;
        }
    }

    // 江苏省 is also written 江苏; 苏州市 is also written 苏州.
    private static string Short(string name) => name.Length > 2 && name[^1] is '省' or '市' ? name[..^1] : name;

    [GeneratedRegex(@"[、，,；;\r\n]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^.+[（(](?<code>[a-z0-9-]+)[）)]$")]
    private static partial Regex NameWithCode();
}
