using Showcase.Common;
using Showcase.Factories;
using Showcase.Grains.Rules;
using Showcase.Reference;

namespace Showcase.Grains.Factories;

internal static class FactoryRules
{
    public static FactoryProfile Normalize(FactoryProfile p) => p with
    {
        Name = Clean.Text(p.Name),
        Enterprise = Clean.Text(p.Enterprise),
        Province = Clean.Text(p.Province),
        City = Clean.Text(p.City),
        SubIndustry = Clean.Text(p.SubIndustry),
        Level = Clean.Text(p.Level),
        Summary = Clean.Text(p.Summary),
        Body = Clean.Text(p.Body),
        AnsweredTask = Clean.Text(p.AnsweredTask),
        Technologies = Clean.Codes(p.Technologies),
        Scenarios = Clean.Distinct(p.Scenarios),
        Pictures = Clean.Pictures(p.Pictures),
        English = Clean.English(p.English),
    };

    /// <summary>A declaration needs who, where and what; the story may follow.</summary>
    public static RuleErrors Check(FactoryProfile p) => new RuleErrors()
        .Pictures(p.Pictures)
        .Required(p.Name, "name", "工厂名称")
        .Required(p.Enterprise, "enterprise", "企业名称")
        .Required(p.Province, "province", "所在省份")
        .Required(p.SubIndustry, "subIndustry", "细分行业")
        .MaxLength(p.Name, 80, "name", "工厂名称")
        .English(p.English, 160, 1500, 60_000)
        .MaxLength(p.Enterprise, 80, "enterprise", "企业名称")
        .MaxLength(p.Summary, 500, "summary", "简介")
        .MaxLength(p.Body, 30_000, "body", "详细介绍")
        .MaxLength(p.AnsweredTask, 120, "answeredTask", "揭榜任务")
        .Region(p.Province, p.City)
        .KnownCode(ReferenceData.Sectors, p.SubIndustry, "subIndustry")
        .Check(p.SubIndustry is null || ReferenceData.Sectors.Find(p.SubIndustry)?.Parent is not null, ErrorCodes.InvalidValue,
            Sentence.Of("SubIndustryNotACategory"), "subIndustry")
        .KnownCode(ReferenceData.Levels, p.Level, "level")
        .KnownCodes(ReferenceData.Technologies, p.Technologies, "technologies")
        .MaxCount(p.Technologies, 10, "technologies", "关键技术")
        .MaxCount(p.Scenarios, 50, "scenarios", "典型场景");
}
