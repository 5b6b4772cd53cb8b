using Showcase.Common;
using Showcase.Grains.Rules;
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
        Title = Clean.Text(content.Title),
        Summary = Clean.Text(content.Summary),
        Industry = Clean.Text(content.Industry),
        Domain = Clean.Text(content.Domain),
        NeedAnswered = Clean.Text(content.NeedAnswered),
        Benefits = Clean.Text(content.Benefits),
        Stages = Clean.Codes(content.Stages),
        Technologies = Clean.Codes(content.Technologies),
        Pictures = Clean.Pictures(content.Pictures),
        English = Clean.English(content.English),
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
        if (!before.Pictures.Equals(after.Pictures)) changed.Add("图片");
        return "修改了" + string.Join("、", changed);
    }

    /// <summary>What every version of a scenario, draft or not, must satisfy.</summary>
    public static RuleErrors CheckDraft(ScenarioContent content) => new RuleErrors()
        .Pictures(content.Pictures)
        .Required(content.Title, "title", "场景名称")
        .MaxLength(content.Title, TitleMax, "title", "场景名称")
        .English(content.English, TitleMax * 2, SummaryMax * 3, bodyMax: 0)
        .MaxLength(content.Summary, SummaryMax, "summary", "场景概述")
        .MaxLength(content.NeedAnswered, TextMax, "needAnswered", "关键需求")
        .MaxLength(content.Benefits, TextMax, "benefits", "实施成效")
        .KnownCode(ReferenceData.Industries, content.Industry, "industry")
        .KnownCode(ReferenceData.Domains, content.Domain, "domain")
        .KnownCodes(ReferenceData.Stages, content.Stages, "stages")
        .KnownCodes(ReferenceData.Technologies, content.Technologies, "technologies")
        .Check(content.Technologies.Count <= TechnologiesMax, ErrorCodes.TooMany, Sentence.Of("ScenarioTooManyTechnologies", TechnologiesMax), "technologies");

    /// <summary>What a scenario needs, on top of the draft rules, to be in the public catalog.</summary>
    public static RuleErrors CheckPublishable(ScenarioContent content) => CheckDraft(content)
        .Check(content.Summary is not null, ErrorCodes.Required, Sentence.Of("ScenarioSummaryRequired"), "summary")
        .Check(content.Industry is not null, ErrorCodes.Required, Sentence.Of("IndustryRequiredToPublish"), "industry")
        .Check(content.Domain is not null, ErrorCodes.Required, Sentence.Of("DomainRequiredToPublish"), "domain")
        .Check(content.Stages.Count > 0, ErrorCodes.Required, Sentence.Of("StageRequiredToPublish"), "stages");
}
