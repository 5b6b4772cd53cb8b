using Showcase.Common;
using Showcase.Reference;
using Showcase.Scenarios;

namespace Showcase.Grains.Scenarios;

/// <summary>The rules a scenario's content obeys: always (lengths, known codes) and before it is published.</summary>
internal static class ScenarioRules
{
    public const int TitleMax = 60;
    public const int SummaryMax = 2000;
    public const int TextMax = 1000;
    public const int TechnologiesMax = 10;

    /// <summary>Trims text, turns blanks into null, drops duplicate codes, keeping the author's order.</summary>
    public static ScenarioContent Normalize(ScenarioContent content) => content with
    {
        Title = Clean(content.Title),
        Summary = Clean(content.Summary),
        Industry = Clean(content.Industry),
        Domain = Clean(content.Domain),
        NeedAnswered = Clean(content.NeedAnswered),
        Benefits = Clean(content.Benefits),
        Stages = CleanCodes(content.Stages),
        Technologies = CleanCodes(content.Technologies),
    };

    /// <summary>The names of the fields that differ, for the history: "场景名称、场景概述".</summary>
    public static string DescribeChanges(ScenarioContent before, ScenarioContent after)
    {
        var changed = new List<string>();
        if (before.Title != after.Title) changed.Add("场景名称");
        if (before.Summary != after.Summary) changed.Add("场景概述");
        if (before.Industry != after.Industry) changed.Add("行业");
        if (before.Domain != after.Domain) changed.Add("领域");
        if (!before.Stages.SequenceEqual(after.Stages)) changed.Add("制造环节");
        if (!before.Technologies.SequenceEqual(after.Technologies)) changed.Add("关键技术");
        if (before.NeedAnswered != after.NeedAnswered) changed.Add("关键需求");
        if (before.Benefits != after.Benefits) changed.Add("实施成效");
        return "修改了" + string.Join("、", changed);
    }

    /// <summary>What every version of a scenario, draft or not, must satisfy.</summary>
    public static List<DomainError> CheckDraft(ScenarioContent content)
    {
        var errors = new List<DomainError>();
        MaxLength(errors, content.Title, TitleMax, "title", "场景名称");
        MaxLength(errors, content.Summary, SummaryMax, "summary", "场景概述");
        MaxLength(errors, content.NeedAnswered, TextMax, "needAnswered", "关键需求");
        MaxLength(errors, content.Benefits, TextMax, "benefits", "实施成效");
        KnownCode(errors, ReferenceData.Industries, content.Industry, "industry");
        KnownCode(errors, ReferenceData.Domains, content.Domain, "domain");
        foreach (var stage in content.Stages)
        {
            KnownCode(errors, ReferenceData.Stages, stage, "stages");
        }

        foreach (var technology in content.Technologies)
        {
            KnownCode(errors, ReferenceData.Technologies, technology, "technologies");
        }

        if (content.Technologies.Count > TechnologiesMax)
        {
            errors.Add(new(ErrorCodes.TooMany, $"技术最多选择 {TechnologiesMax} 项。", "technologies"));
        }

        return errors;
    }

    /// <summary>What a scenario needs, on top of the draft rules, to be in the public catalog.</summary>
    public static List<DomainError> CheckPublishable(ScenarioContent content)
    {
        var errors = CheckDraft(content);
        Required(errors, content.Title, "title", "发布前请填写场景名称。");
        Required(errors, content.Summary, "summary", "发布前请填写场景概述。");
        Required(errors, content.Industry, "industry", "发布前请选择所属行业。");
        Required(errors, content.Domain, "domain", "发布前请选择所属领域。");
        if (content.Stages.Count == 0)
        {
            errors.Add(new(ErrorCodes.Required, "发布前请至少选择一个制造环节。", "stages"));
        }

        return errors;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string[] CleanCodes(IReadOnlyList<string> codes) =>
        codes.Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

    private static void MaxLength(List<DomainError> errors, string? text, int max, string field, string label)
    {
        if (text is not null && text.Length > max)
        {
            errors.Add(new(ErrorCodes.TooLong, $"{label}不能超过 {max} 个字（现在 {text.Length} 个字）。", field));
        }
    }

    private static void KnownCode(List<DomainError> errors, Taxonomy taxonomy, string? code, string field)
    {
        if (code is not null && !taxonomy.Contains(code))
        {
            errors.Add(new(ErrorCodes.UnknownCode, $"“{code}”不是参考目录“{taxonomy.Name}”中的代码，请从列表中选择。", field));
        }
    }

    private static void Required(List<DomainError> errors, string? text, string field, string message)
    {
        if (text is null)
        {
            errors.Add(new(ErrorCodes.Required, message, field));
        }
    }
}
