namespace Showcase.Catalog.Search;

/// <summary>
/// A query as words that must all match, each with its alternatives: <c>钢铁 预测性维护</c> is 钢铁 AND (预测性维护 OR
/// 设备健康管理 OR 远程运维 …). Words known to the thesaurus are found inside unspaced text too (钢铁预测性维护).
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
                var known = thesaurus.Words.FirstOrDefault(w => string.CompareOrdinal(word, i, w, 0, w.Length) == 0);
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

    /// <summary>Every phrase worth marking in a snippet, longest first.</summary>
    public IReadOnlyList<string> Highlights => Clauses.SelectMany(c => c).Distinct().OrderByDescending(w => w.Length).ToArray();
}
