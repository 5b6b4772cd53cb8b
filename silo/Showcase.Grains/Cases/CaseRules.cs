using System.Text.RegularExpressions;
using Showcase.Cases;
using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.Reference;

namespace Showcase.Grains.Cases;

/// <summary>The rules a case's content obeys: always (lengths, known codes, sane metrics) and before it is published.</summary>
internal static partial class CaseRules
{
    public const int TitleMax = 80;
    public const int SummaryMax = 300;
    public const int BodyMax = 30_000;
    public const int BodyMin = 50;
    public const int MetricsMax = 12;

    public static CaseContent Normalize(CaseContent content) => content with
    {
        Title = Clean.Text(content.Title),
        Summary = Clean.Text(content.Summary),
        Body = Clean.Text(content.Body),
        Organisation = Clean.Text(content.Organisation),
        ContactName = Clean.Text(content.ContactName),
        ContactPhone = Clean.Text(content.ContactPhone),
        ContactEmail = Clean.Text(content.ContactEmail),
        Province = Clean.Text(content.Province),
        City = Clean.Text(content.City),
        Industries = Clean.Codes(content.Industries),
        Domains = Clean.Codes(content.Domains),
        Technologies = Clean.Codes(content.Technologies),
        Scenes = Clean.Codes(content.Scenes),
        Programs = Clean.Codes(content.Programs),
        Metrics = content.Metrics.Select(m => m with { Name = m.Name.Trim(), Unit = m.Unit.Trim() }).ToArray(),
        Links = content.Links with { Providers = Clean.Distinct(content.Links.Providers), Scenarios = Clean.Distinct(content.Links.Scenarios) },
        Pictures = Clean.Pictures(content.Pictures),
        English = Clean.English(content.English),
    };

    public static RuleErrors CheckDraft(CaseContent content, DateTimeOffset now)
    {
        var errors = new RuleErrors()
            .Required(content.Title, "title", "案例名称")
            .MaxLength(content.Title, TitleMax, "title", "案例名称")
            .MaxLength(content.Summary, SummaryMax, "summary", "案例摘要")
            .MaxLength(content.Body, BodyMax, "body", "案例正文")
            .MaxLength(content.Organisation, 100, "organisation", "申报单位")
            .MaxLength(content.ContactName, 30, "contactName", "联系人")
            .MaxLength(content.ContactEmail, 100, "contactEmail", "电子邮箱")
            .Region(content.Province, content.City)
            .KnownCodes(ReferenceData.Industries, content.Industries, "industries")
            .KnownCodes(ReferenceData.Domains, content.Domains, "domains")
            .KnownCodes(ReferenceData.Technologies, content.Technologies, "technologies")
            .KnownCodes(ReferenceData.Scenes, content.Scenes, "scenes")
            .KnownCodes(ReferenceData.Programs, content.Programs, "programs")
            .MaxCount(content.Industries, 3, "industries", "所属行业")
            .MaxCount(content.Domains, 3, "domains", "所属领域")
            .MaxCount(content.Technologies, 8, "technologies", "关键技术")
            .MaxCount(content.Scenes, 3, "scenes", "应用场景")
            .MaxCount(content.Programs, 3, "programs", "申报方向")
            .MaxCount(content.Metrics, MetricsMax, "metrics", "成效指标")
            .Pictures(content.Pictures)
            .English(content.English, TitleMax * 2, SummaryMax * 3, BodyMax * 2)
            .Check(content.ContactPhone is null || Phone().IsMatch(content.ContactPhone), ErrorCodes.InvalidValue,
                Sentence.Of("PhoneFormat"), "contactPhone")
            .Check(content.ContactEmail is null || Email().IsMatch(content.ContactEmail), ErrorCodes.InvalidValue,
                Sentence.Of("EmailFormat"), "contactEmail")
            .Check(content.Year is null || (content.Year >= 2000 && content.Year <= now.Year + 1), ErrorCodes.InvalidValue,
                Sentence.Of("YearRange", now.Year + 1), "year");
        CheckMetrics(errors, content.Metrics);
        return errors;
    }

    public static RuleErrors CheckPublishable(CaseContent content, DateTimeOffset now) =>
        CheckDraft(content, now)
            .Required(content.Summary, "summary", "案例摘要")
            .Required(content.Body, "body", "案例正文")
            .Check(content.Body is null || content.Body.Length >= BodyMin, ErrorCodes.InvalidValue,
                Sentence.Of("CaseBodyTooShort", BodyMin), "body")
            .Required(content.Organisation, "organisation", "申报单位")
            .Required(content.Province, "province", "所在省份")
            .Required(content.Industries, "industries", "所属行业")
            .Required(content.Domains, "domains", "所属领域")
            .Required(content.Metrics, "metrics", "成效指标（如生产效率提升、运营成本降低）");

    public static string DescribeChanges(CaseContent before, CaseContent after)
    {
        var changed = new List<string>();
        if (before.Title != after.Title) changed.Add("案例名称");
        if (before.Summary != after.Summary) changed.Add("摘要");
        if (before.Body != after.Body) changed.Add("正文");
        if (!before.Metrics.SequenceEqual(after.Metrics)) changed.Add("成效指标");
        if ((before.Organisation, before.ContactName, before.ContactPhone, before.ContactEmail) != (after.Organisation, after.ContactName, after.ContactPhone, after.ContactEmail)) changed.Add("单位与联系人");
        if ((before.Province, before.City) != (after.Province, after.City)) changed.Add("地区");
        if (!before.Industries.SequenceEqual(after.Industries) || !before.Domains.SequenceEqual(after.Domains)
            || !before.Technologies.SequenceEqual(after.Technologies) || !before.Scenes.SequenceEqual(after.Scenes)
            || !before.Programs.SequenceEqual(after.Programs) || before.Subject != after.Subject || before.Year != after.Year) changed.Add("分类标签");
        if (!before.Links.All.SequenceEqual(after.Links.All)) changed.Add("关联对象");
        return changed.Count == 0 ? "" : "修改了" + string.Join("、", changed);
    }

    private static void CheckMetrics(RuleErrors errors, IReadOnlyList<CaseMetric> metrics)
    {
        for (var i = 0; i < metrics.Count; i++)
        {
            var metric = metrics[i];
            var field = $"metrics[{i}]";
            errors
                .Check(metric.Name.Length is > 0 and <= 30, ErrorCodes.InvalidValue, Sentence.Of("MetricNeedsName", i + 1), field)
                .Check(metric.Unit.Length is > 0 and <= 20, ErrorCodes.InvalidValue, Sentence.Of("MetricNeedsUnit", i + 1, metric.Name), field)
                .Check(metrics.Take(i).All(m => m.Name != metric.Name), ErrorCodes.InvalidValue, Sentence.Of("MetricTwice", metric.Name), field);
        }
    }

    [GeneratedRegex(@"^(\+?86[- ]?)?(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
