using System.Text;
using Showcase.Common;

namespace Showcase.Grains.Search;

/// <summary>What a portal's synonym groups must be: a few hundred groups of 2 to 10 short words, each word in one group only.</summary>
public static class SearchSynonymRules
{
    public const int MaxGroups = 300;
    public const int MaxWordsPerGroup = 10;
    public const int MaxWordLength = 20;

    /// <summary>Words trimmed and width-folded (ＭＥＳ → MES), empty words and repeats within a group dropped, empty groups dropped.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Normalize(IReadOnlyList<IReadOnlyList<string>> groups) =>
        groups.Select(g => (IReadOnlyList<string>)g.Select(w => w.Normalize(NormalizationForm.FormKC).Trim()).Where(w => w.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToArray())
            .Where(g => g.Count > 0)
            .ToArray();

    public static IReadOnlyList<DomainError> Check(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var errors = new List<DomainError>();
        if (groups.Count > MaxGroups)
        {
            errors.Add(new DomainError(ErrorCodes.TooMany, Sentence.Of("TooManySynonymGroups", MaxGroups, groups.Count), "groups"));
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var field = $"groups[{i}]";
            if (group.Count < 2)
            {
                errors.Add(new DomainError(ErrorCodes.InvalidValue, Sentence.Of("SynonymGroupOfOne", i + 1, group[0]), field));
            }
            else if (group.Count > MaxWordsPerGroup)
            {
                errors.Add(new DomainError(ErrorCodes.TooMany, Sentence.Of("SynonymGroupTooBig", i + 1, group.Count, MaxWordsPerGroup), field));
            }

            foreach (var word in group)
            {
                if (word.Length > MaxWordLength)
                {
                    errors.Add(new DomainError(ErrorCodes.TooLong, Sentence.Of("SynonymTooLong", i + 1, word[..MaxWordLength], MaxWordLength), field));
                }
                else if (word.Any(char.IsWhiteSpace))
                {
                    errors.Add(new DomainError(ErrorCodes.InvalidValue, Sentence.Of("SynonymWithSpace", i + 1, word), field));
                }
                else if (!seen.TryAdd(word, i))
                {
                    errors.Add(new DomainError(ErrorCodes.InvalidValue, Sentence.Of("SynonymInTwoGroups", word, seen[word] + 1, i + 1), field));
                }
            }
        }

        return errors;
    }
}
