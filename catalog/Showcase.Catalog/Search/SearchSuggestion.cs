namespace Showcase.Catalog.Search;

/// <summary>What spelling suggestions draw on: the index's own terms.</summary>
public interface ISearchVocabulary
{
    /// <summary>The terms one edit from a token (a character pair, or a Latin word), with how many items hold each.</summary>
    Task<IReadOnlyList<TermCount>> NeighboursAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>How many of a portal's items hold <paramref name="word"/> word for word.</summary>
    Task<int> CountAsync(string tenant, string word, CancellationToken cancellationToken = default);
}

public sealed record TermCount(string Term, int Count);

/// <summary>
/// 您是不是要找: for a query that found nothing, the same query with one word corrected — one character changed, dropped,
/// or two swapped (数字挛生 → 数字孪生, 维户 → 维护, mse → mes). The corrections come from the index's own terms: a
/// Chinese character is replaced by one that the index holds next to both its neighbours (so the pairs either side of it
/// exist). Only a word the portal does not hold word for word is corrected, into a word it holds or a thesaurus word;
/// and a correction is offered only when the corrected query finds something in the same portal.
/// </summary>
public static class SearchSuggestion
{
    /// <summary>How many corrections of one word are tried (each try is a search).</summary>
    public const int Tries = 6;

    /// <summary>
    /// A correction of the query of <paramref name="request"/> (whose <paramref name="plan"/> found nothing), or null;
    /// <paramref name="findsAny"/> says whether a query finds anything in the searching portal, without suggesting in turn.
    /// </summary>
    public static async Task<string?> SuggestAsync(
        SearchRequest request, SearchPlan plan, ISearchVocabulary vocabulary, Func<string, CancellationToken, Task<bool>> findsAny, CancellationToken cancellationToken = default)
    {
        var query = request.Query ?? "";
        var text = SearchText.Normalize(query);
        var words = plan.Required.Select(c => c.Literal.Text).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (!text.Contains(words[i], StringComparison.Ordinal) || await vocabulary.CountAsync(request.Tenant, words[i], cancellationToken) > 0)
            {
                continue;
            }

            // A slip can split a word in odd places (远程运运维 reads as 远程 and 运运维), so the word is corrected together
            // with the one before it, or after it, where they stand together, before on its own.
            string[] spans =
            [
                .. i > 0 ? [words[i - 1] + words[i]] : Array.Empty<string>(),
                .. i < words.Length - 1 ? [words[i] + words[i + 1]] : Array.Empty<string>(),
                words[i],
            ];
            foreach (var span in spans.Where(s => text.Contains(s, StringComparison.Ordinal)))
            {
                if (await CorrectAsync(request, query, text, span, vocabulary, findsAny, cancellationToken) is { } corrected)
                {
                    return corrected;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The query with <paramref name="word"/> corrected so that it finds something: into a word the portal holds word
    /// for word that is also a thesaurus word (a word people search with) first, then one it holds, then a thesaurus
    /// word it may hold through a synonym; the commonest first. A correction that is neither is never offered, however
    /// loosely it matches.
    /// </summary>
    private static async Task<string?> CorrectAsync(
        SearchRequest request, string query, string text, string word, ISearchVocabulary vocabulary, Func<string, CancellationToken, Task<bool>> findsAny, CancellationToken cancellationToken)
    {
        var corrections = (await CorrectionsAsync(word, vocabulary, cancellationToken)).Take(Candidates).ToArray();
        var ranked = new List<(string Word, int Rank, int Count)>();
        foreach (var correction in corrections)
        {
            var count = await vocabulary.CountAsync(request.Tenant, correction, cancellationToken);
            var known = request.Thesaurus.Expand(correction).Count > 1;
            if (count > 0 || known)
            {
                ranked.Add((correction, (count > 0 ? 2 : 0) + (known ? 1 : 0), count));
            }
        }

        var likeliest = ranked.OrderByDescending(c => c.Rank).ThenByDescending(c => c.Count).Select(c => c.Word);
        foreach (var correction in likeliest.Take(Tries))
        {
            var corrected = Replace(query, text, text.IndexOf(word, StringComparison.Ordinal), word, correction);
            if (await findsAny(corrected, cancellationToken))
            {
                return corrected;
            }
        }

        return null;
    }

    /// <summary>How many corrections of one word are counted in the portal.</summary>
    private const int Candidates = 40;

    /// <summary>
    /// The query with the word at <paramref name="at"/> of its folded form corrected: in the query as typed when folding
    /// kept every character in place (in capitals where the word was typed so), else in the folded form.
    /// </summary>
    private static string Replace(string query, string folded, int at, string word, string correction)
    {
        if (folded.Length != query.Trim().Length)
        {
            return folded[..at] + correction + folded[(at + word.Length)..];
        }

        var typed = query.Trim();
        var original = typed.Substring(at, word.Length);
        var cased = original.Any(char.IsAsciiLetter) && !original.Any(char.IsAsciiLetterLower) ? correction.ToUpperInvariant() : correction;
        return typed[..at] + cased + typed[(at + word.Length)..];
    }

    /// <summary>The word with one edit: changes the index's pairs allow (the commonest first), swaps, drops.</summary>
    private static async Task<IEnumerable<string>> CorrectionsAsync(string word, ISearchVocabulary vocabulary, CancellationToken cancellationToken)
    {
        if (word.Length >= 2 && word.All(char.IsAsciiLetterOrDigit))
        {
            return (await vocabulary.NeighboursAsync(word, cancellationToken))
                .Where(n => n.Term.All(char.IsAsciiLetterOrDigit) && n.Term != word)
                .OrderByDescending(n => n.Count).Select(n => n.Term);
        }

        if (word.Length < 2 || !word.All(IsHan))
        {
            return [];
        }

        // Pair j is word[j..j+1]; its neighbours that keep one of its characters say what the other may be.
        var pairs = new IReadOnlyList<TermCount>[word.Length - 1];
        for (var j = 0; j < pairs.Length; j++)
        {
            pairs[j] = await vocabulary.NeighboursAsync(word.Substring(j, 2), cancellationToken);
        }

        var changed = new List<(string Word, bool BothSides, int Count)>();
        for (var p = 0; p < word.Length; p++)
        {
            var afterLeft = p > 0 ? Replacements(pairs[p - 1], keep: word[p - 1], keepFirst: true, word[p]) : null;
            var beforeRight = p < word.Length - 1 ? Replacements(pairs[p], keep: word[p + 1], keepFirst: false, word[p]) : null;
            // A character the index holds beside both neighbours comes first; one beside either still counts (供应练协同:
            // the index may hold 供应链 and 供应商协同 but never 链协).
            var left = afterLeft ?? [];
            var right = beforeRight ?? [];
            foreach (var replacement in left.Keys.Union(right.Keys))
            {
                var both = left.ContainsKey(replacement) && right.ContainsKey(replacement) || afterLeft is null || beforeRight is null;
                changed.Add((word[..p] + replacement + word[(p + 1)..], both, Math.Max(left.GetValueOrDefault(replacement), right.GetValueOrDefault(replacement))));
            }
        }

        var swapped = Enumerable.Range(0, word.Length - 1).Where(p => word[p] != word[p + 1])
            .Select(p => word[..p] + word[p + 1] + word[p] + word[(p + 2)..]);
        var dropped = word.Length > 2 ? Enumerable.Range(0, word.Length).Select(p => word.Remove(p, 1)) : [];
        return changed.OrderByDescending(c => c.BothSides).ThenByDescending(c => c.Count).Select(c => c.Word).Concat(swapped).Concat(dropped).Distinct();
    }

    /// <summary>The characters that may stand where <paramref name="replaced"/> stands, beside <paramref name="keep"/>, with counts.</summary>
    private static Dictionary<char, int> Replacements(IReadOnlyList<TermCount> neighbours, char keep, bool keepFirst, char replaced)
    {
        var replacements = new Dictionary<char, int>();
        foreach (var (term, count) in neighbours)
        {
            if (term.Length == 2 && term[keepFirst ? 0 : 1] == keep && term[keepFirst ? 1 : 0] is var other && other != replaced && IsHan(other))
            {
                replacements[other] = Math.Max(count, replacements.GetValueOrDefault(other));
            }
        }

        return replacements;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
