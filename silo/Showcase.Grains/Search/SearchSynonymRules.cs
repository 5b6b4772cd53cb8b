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
            errors.Add(new DomainError(ErrorCodes.TooMany, $"同义词最多 {MaxGroups} 组，现在有 {groups.Count} 组。", "groups"));
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var field = $"groups[{i}]";
            if (group.Count < 2)
            {
                errors.Add(new DomainError(ErrorCodes.InvalidValue, $"第 {i + 1} 组只有一个词“{group[0]}”：一组同义词至少要有两个词。", field));
            }
            else if (group.Count > MaxWordsPerGroup)
            {
                errors.Add(new DomainError(ErrorCodes.TooMany, $"第 {i + 1} 组有 {group.Count} 个词，一组最多 {MaxWordsPerGroup} 个。", field));
            }

            foreach (var word in group)
            {
                if (word.Length > MaxWordLength)
                {
                    errors.Add(new DomainError(ErrorCodes.TooLong, $"第 {i + 1} 组的“{word[..MaxWordLength]}…”太长：每个词不超过 {MaxWordLength} 个字。", field));
                }
                else if (word.Any(char.IsWhiteSpace))
                {
                    errors.Add(new DomainError(ErrorCodes.InvalidValue, $"第 {i + 1} 组的“{word}”含有空格：搜索时空格分开的是两个词，请写成一个词。", field));
                }
                else if (!seen.TryAdd(word, i))
                {
                    errors.Add(new DomainError(ErrorCodes.InvalidValue, $"“{word}”同时出现在第 {seen[word] + 1} 组和第 {i + 1} 组：一个词只能在一组里，请合并这两组。", field));
                }
            }
        }

        return errors;
    }
}
