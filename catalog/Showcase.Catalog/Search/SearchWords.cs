namespace Showcase.Catalog.Search;

/// <summary>
/// A query as words that must all match, each with its alternatives: <c>钢铁 预测性维护</c> is 钢铁 AND (预测性维护 OR
/// 设备健康管理 OR 远程运维 …). Words known to the thesaurus are found inside unspaced text too (钢铁预测性维护), Latin ones
/// only as whole words.
/// </summary>
public sealed record SearchWords(IReadOnlyList<IReadOnlyList<string>> Clauses)
{
    public static SearchWords Parse(string? query, Thesaurus thesaurus)
    {
        var clauses = new List<IReadOnlyList<string>>();
        foreach (var word in SearchText.Normalize(query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = 0;
            for (var i = 0; i < word.Length;)
            {
                var at = i;
                var known = thesaurus.Words.FirstOrDefault(w => string.CompareOrdinal(word, at, w, 0, w.Length) == 0 && StandsAlone(word, at, w.Length));
                if (known is null)
                {
                    i++;
                    continue;
                }

                if (i > rest)
                {
                    clauses.Add([word[rest..i]]);
                }

                clauses.Add(thesaurus.Expand(known));
                i += known.Length;
                rest = i;
            }

            if (rest < word.Length)
            {
                clauses.Add([word[rest..]]);
            }
        }

        return new SearchWords(clauses);
    }

    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>
    /// Whether the text at <paramref name="start"/> is a word of its own: a term that begins or ends with a Latin letter
    /// or digit is not found inside a longer Latin word (ERP is not in kerpen, AGV not in magva), while it is found
    /// against Chinese (钢铁erp系统).
    /// </summary>
    private static bool StandsAlone(string word, int start, int length) =>
        !(IsLatin(word[start]) && start > 0 && IsLatin(word[start - 1]))
        && !(IsLatin(word[start + length - 1]) && start + length < word.Length && IsLatin(word[start + length]));

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Every phrase worth marking in a snippet, longest first.</summary>
    public IReadOnlyList<string> Highlights => Clauses.SelectMany(c => c).Distinct().OrderByDescending(w => w.Length).ToArray();
}
