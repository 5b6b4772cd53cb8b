using System.Globalization;
using Showcase.Cases;
using Showcase.Common;
using Showcase.Factories;
using Showcase.PilotZones;
using Showcase.Providers;
using Showcase.Reference;
using Showcase.Titles;
using static Showcase.Silo.Portfolio.DemoVocabulary;

namespace Showcase.Silo.Portfolio;

/// <summary>
/// A realistic, internally consistent portfolio of fictional companies for the demo portal: 40 providers, 30
/// factories, 5 pilot zones and 216 cases (212 published) across all 22 industries and 9 domains. Generated from
/// a fixed seed, so every start and every machine gets the same portfolio with the same ids.
/// </summary>
public sealed class DemoPortfolio
{
    public const int CaseCount = 216;

    private static readonly string[] Surnames = ["张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"];
    private static readonly string[] GivenNames = ["明", "磊", "静", "伟", "芳", "军", "洋", "勇", "艳", "杰", "娟", "涛", "超", "敏", "华", "强"];
    private static readonly string[] Qualifications =
    [
        "两化融合管理体系评定证书", "ISO 9001 质量管理体系认证", "信息系统建设和服务能力评估（CS3）", "CMMI 3级", "高新技术企业",
        "专精特新“小巨人”企业", "省级工业互联网平台", "网络安全等级保护三级",
    ];

    private static readonly (string Kind, int Count)[] ProviderKinds =
        [("it", 14), ("internet", 6), ("manufacturer", 8), ("telecom", 3), ("research", 5), ("consortium", 4)];

    /// <summary>Sector sub-industries mapped to the industry whose vocabulary describes them.</summary>
    private static readonly (string SubIndustry, string Industry)[] FactoryLines =
    [
        ("steel", "ferrous-metals"), ("petrochemical", "petrochemicals"), ("nonferrous", "nonferrous-metals"), ("building-materials", "building-materials"),
        ("general-equipment", "machinery"), ("automotive", "automotive"), ("rail-equipment", "rail-transit"), ("aerospace", "aerospace"),
        ("ships", "shipbuilding"), ("textiles", "textiles"), ("food", "food"), ("pharmaceuticals", "pharmaceuticals"),
        ("home-appliances", "home-appliances"), ("light-industry", "light-industry"), ("components", "electronics"),
    ];

    private readonly Random _random = new(20261122);

    public DemoPortfolio()
    {
        Providers = [.. Enumerable.Range(1, 40).Select(MakeProvider)];
        Factories = [.. Enumerable.Range(1, 30).Select(MakeFactory)];
        PilotZones = MakeZones();
        Cases = [.. Enumerable.Range(1, CaseCount).Select(MakeCase)];
    }

    public IReadOnlyList<DemoProvider> Providers { get; }

    public IReadOnlyList<DemoFactory> Factories { get; }

    public IReadOnlyList<DemoPilotZone> PilotZones { get; }

    public IReadOnlyList<DemoCase> Cases { get; }

    private DemoProvider MakeProvider(int n)
    {
        var kind = ProviderKinds.SelectMany(k => Enumerable.Repeat(k.Kind, k.Count)).ElementAt(n - 1);
        var city = Cities[(n * 5) % Cities.Length];
        var trade = TradeNames[(n - 1) % TradeNames.Length];
        var name = kind switch
        {
            "it" => $"{city.Name}{trade}智能科技有限公司",
            "internet" => $"{trade}工业互联网科技有限公司",
            "manufacturer" => $"{trade}智能装备股份有限公司",
            "telecom" => $"{city.Name}{trade}通信技术服务有限公司",
            "research" => $"{city.Name}{trade}智能制造研究院",
            _ => $"{trade}—{TradeNames[(n + 17) % TradeNames.Length]}智能制造解决方案联合体",
        };
        var industries = ReferenceData.Industries.Terms;
        var domains = ReferenceData.Domains.Terms;
        var capabilities = Enumerable.Range(0, 3 + n % 3).Select(k =>
        {
            var domain = domains[(n + k * 2) % domains.Count].Code;
            return new Capability(industries[(n * 3 + k * 5) % industries.Count].Code, domain, Domains[domain].Technologies[..2]);
        }).DistinctBy(c => (c.Industry, c.Domain)).ToArray();
        var domainNames = string.Join("、", capabilities.Select(c => ReferenceData.Domains.NameOf(c.Domain)).Distinct());
        var industryNames = string.Join("、", capabilities.Select(c => ReferenceData.Industries.NameOf(c.Industry)).Distinct());
        var served = 40 + _random.Next(20, 400);
        var summary = $"{name}是一家{ReferenceData.ApplicantKinds.NameOf(kind)}，专注{domainNames}等领域的智能制造系统解决方案，已服务{industryNames}等行业的 {served} 家制造企业。";
        var body = $"""
            ## 公司概况

            {summary}

            ## 核心能力

            {string.Join("\n", capabilities.Select(c => $"- **{ReferenceData.Industries.NameOf(c.Industry)} × {ReferenceData.Domains.NameOf(c.Domain)}**：{Domains[c.Domain].Approach.Replace("{1}", "生产现场").Replace("{2}", "关键设备")}。"))}

            ## 服务方式

            提供咨询诊断、方案设计、系统集成与运维服务的一站式交付，支持按场景分步实施、按成效验收。
            """;
        var platform = kind is "it" or "internet" ? Figures(served) : null;
        return new DemoProvider(EntityId.Parse($"p{n:00}"), new ProviderProfile
        {
            Name = name,
            Kind = kind,
            Province = city.Province,
            City = city.City,
            Summary = summary,
            Body = body,
            Capabilities = capabilities,
            Qualifications = [.. Enumerable.Range(0, 2 + n % 3).Select(k => Qualifications[(n + k * 3) % Qualifications.Length]).Distinct()],
            Platform = platform,
        });
    }

    private PlatformFigures Figures(int served)
    {
        var registered = _random.Next(2_000, 60_000);
        var apps = _random.Next(300, 6_000);
        var software = _random.Next(200, 3_000);
        return new PlatformFigures
        {
            PlatformName = null,
            DevicesRunning = _random.Next(10_000, 900_000),
            DevicesProcessing = _random.Next(5_000, 300_000),
            DevicesMobile = _random.Next(500, 40_000),
            DevicesOther = _random.Next(1_000, 80_000),
            Protocols = _random.Next(80, 600),
            SimulationModels = _random.Next(50, 800),
            ProcessModels = _random.Next(100, 1_500),
            MechanismModels = _random.Next(100, 3_000),
            AlgorithmModels = _random.Next(100, 2_000),
            Microservices = _random.Next(500, 8_000),
            DevelopersRegistered = registered,
            DevelopersActive = registered / _random.Next(5, 20),
            IndustrialSoftware = software,
            CloudSoftware = software / 2,
            Apps = apps,
            KillerApps = _random.Next(3, 30),
            KillerAppSubscriptions = _random.Next(1_000, 90_000),
            KillerAppRevenue = _random.Next(500, 9_000) * 10_000m,
            EnterprisesRegistered = served * 40,
            IndustrialEnterprisesRegistered = served * 25,
            EnterprisesServed = served * 8,
            ManufacturersServed = served * 6,
            EnterprisesPaying = served * 3,
            SmesServed = served * 5,
            Solutions = _random.Next(30, 400),
            IndustriesCovered = _random.Next(5, 22),
            DomainsCovered = _random.Next(4, 9),
            BenefitsAdded = _random.Next(5, 80) * 100_000_000m,
            CostsSaved = _random.Next(2, 40) * 100_000_000m,
            AccessSecurity = true,
            DataSecurity = true,
            CodeSecurity = _random.Next(2) == 0,
            ApplicationSecurity = true,
            AccessControlSecurity = true,
            Patents = _random.Next(10, 300),
            SoftwareCopyrights = _random.Next(30, 600),
            ResearchSpending = _random.Next(3, 60) * 10_000_000m,
            Revenue = _random.Next(10, 300) * 10_000_000m,
            Cost = _random.Next(5, 150) * 10_000_000m,
            ReturnOnInvestmentPercent = _random.Next(80, 400) / 10m,
        };
    }

    private DemoFactory MakeFactory(int n)
    {
        var (subIndustry, industry) = FactoryLines[(n - 1) % FactoryLines.Length];
        var words = Industries[industry];
        var city = Cities[(n * 7) % Cities.Length];
        var trade = TradeNames[(n * 3) % TradeNames.Length];
        var enterprise = $"{city.Name}{trade}{words.Company}";
        var technologies = new[] { "industrial-internet", "5g", "ai", "digital-twin", "big-data" }.Skip(n % 3).Take(3).ToArray();
        var profile = new FactoryProfile
        {
            Name = $"{trade}{words.Product}智能制造示范工厂",
            Enterprise = enterprise,
            Province = city.Province,
            City = city.City,
            SubIndustry = subIndustry,
            Level = n % 3 == 0 ? "provincial" : "national",
            Summary = $"{enterprise}围绕{words.Workshop}，以{string.Join("、", technologies.Select(ReferenceData.Technologies.NameOf))}为支撑，建设覆盖设计、生产、管理、服务全流程的智能工厂。",
            Body = $"""
                ## 建设内容

                工厂以{words.Workshop}为核心，对{words.Equipment}实施数字化改造和联网，部署制造执行系统与能源管理系统，打通设计、生产、质量、物流与服务数据，形成工厂级数字孪生。

                ## 揭榜任务

                面向{ReferenceData.Sectors.NameOf(subIndustry)}行业智能制造示范工厂揭榜任务，重点攻关工艺优化、柔性生产和绿色低碳等关键环节。

                ## 示范作用

                形成可复制、可推广的典型场景，通过现场会和“示范工厂深度行”向同行业企业开放参观学习。
                """,
            Technologies = technologies,
            AnsweredTask = $"{ReferenceData.Sectors.NameOf(subIndustry)}行业智能制造示范工厂揭榜任务",
        };
        var declared = new DateOnly(2021, 3, 15).AddDays(n * 14);
        var selected = declared.AddDays(60);
        var recognised = selected.AddYears(2).AddDays(n % 5 * 10);
        List<TitleDecision> steps = (n % 10) switch
        {
            9 => [],
            6 => [new(TitleAction.Select, new DateOnly(2025, 1, 10).AddDays(n), "列入智能制造示范工厂揭榜单位名单，进入两年建设期。")],
            8 =>
            [
                Selected(selected), Recognised(recognised),
                new(TitleAction.Revoke, recognised.AddYears(1).AddMonths(6), "发生较大安全生产事故，经复核取消智能制造示范工厂称号。"),
            ],
            7 => [Selected(selected), Recognised(recognised), new(TitleAction.Keep, recognised.AddYears(2), "提前开展复评，建设成效持续提升，复评通过，保留称号。")],
            _ => [Selected(selected), Recognised(recognised)],
        };
        return new DemoFactory(EntityId.Parse($"f{n:00}"), profile, declared, steps, industry);

        static TitleDecision Selected(DateOnly on) => new(TitleAction.Select, on, "列入智能制造示范工厂揭榜单位名单，进入两年建设期。");
        static TitleDecision Recognised(DateOnly on) => new(TitleAction.Recognise, on, "建设期满，经专家验收通过，认定为智能制造示范工厂。");
    }

    private List<DemoPilotZone> MakeZones()
    {
        (string Id, string Name, string[] Cities, string[] Industries, string Summary)[] zones =
        [
            ("z1", "苏锡常智能制造先行区", ["3205", "3202", "3204"], ["electronics", "machinery", "textiles"], "苏州、无锡、常州三市联合创建，依托电子信息、高端装备和纺织产业集群，打造长三角智能制造示范应用集聚区。"),
            ("z2", "宁波智能制造先行区", ["3302"], ["petrochemicals", "home-appliances", "automotive"], "以石化、家电和汽车零部件为特色，推进“灯塔工厂”梯度培育和中小企业数字化改造。"),
            ("z3", "佛山—东莞智能制造先行区", ["4406", "4419"], ["home-appliances", "electronics", "light-industry"], "佛山、东莞两市联合创建，聚焦家电、电子信息和家居等产业，建设解决方案输出地。"),
            ("z4", "长株潭智能制造先行区", ["4301", "4302", "4303"], ["machinery", "rail-transit"], "长沙、株洲、湘潭联动，以工程机械和轨道交通装备为引领，打造智能制造创新技术策源地。"),
            ("z5", "成渝智能制造先行区", ["5101", "5001"], ["automotive", "electronics"], "成都、重庆跨省联合创建，围绕汽车和电子信息产业链协同推进智能化改造。"),
        ];
        return [.. zones.Select((z, i) =>
        {
            var members = Factories.Where(f => z.Cities.Contains(f.Profile.City)).Select(f => f.Id).ToArray();
            var providers = Providers.Where(p => z.Cities.Contains(p.Profile.City)).Select(p => p.Id).ToArray();
            var approved = new DateOnly(2023, 9, 1).AddMonths(i * 6);
            return new DemoPilotZone(EntityId.Parse(z.Id), new PilotZoneProfile
            {
                Name = z.Name,
                Cities = z.Cities,
                Industries = z.Industries,
                Summary = z.Summary,
                Body = $"""
                    ## 创建方案

                    {z.Summary}

                    ## 重点任务

                    1. 推进规上工业企业智能化改造全覆盖，分行业建设一批智能制造示范工厂；
                    2. 培育本地系统解决方案供应商，组织“供应商进园区”对接活动；
                    3. 建设区域工业互联网平台和智能制造公共服务平台。
                    """,
                Policies =
                [
                    new("智能化改造设备补助", "对企业智能化改造项目按设备投资额给予不超过 15% 的补助。"),
                    new("示范工厂奖励", "获评国家级智能制造示范工厂的企业给予一次性奖励。"),
                    new("解决方案供应商培育", "对服务本地企业成效显著的系统解决方案供应商给予服务券支持。"),
                ],
                Factories = members,
                Providers = providers,
            }, approved.AddMonths(-8),
            [
                new(TitleAction.Select, approved.AddMonths(-6), "提交创建方案，由咨询委按“一事一议”方式论证。"),
                new(TitleAction.Recognise, approved, "创建方案通过论证，批复同意开展先行区创建工作。"),
            ]);
        })];
    }

    private DemoCase MakeCase(int n)
    {
        var i = n - 1;
        var industry = ReferenceData.Industries.Terms[i % 22].Code;
        var domain = ReferenceData.Domains.Terms[(i + i / 22) % 9].Code;
        var words = Industries[industry];
        var story = Domains[domain];
        var city = Cities[(i * 11 + 3) % Cities.Length];
        var trade = TradeNames[(i * 7 + 5) % TradeNames.Length];
        var organisation = $"{city.Name}{trade}{words.Company}";
        var subject = string.Format(CultureInfo.InvariantCulture, story.TitlePattern, words.Product, words.Workshop, words.Equipment);
        var provider = Providers[(i * 7) % Providers.Count];
        var factory = Factories.FirstOrDefault(f => f.Industry == industry && f.Profile.City == city.City);
        var metrics = story.Metrics.Select(m => new CaseMetric(m.Name, m.Unit, m.Before == 0 ? null : Vary(m.Before), Vary(m.After))).ToArray();
        var person = Surnames[i % Surnames.Length] + GivenNames[(i * 5) % GivenNames.Length];
        var approach = story.Approach.Replace("{1}", words.Workshop).Replace("{2}", words.Equipment);
        var results = string.Join("\n", metrics.Select(m => m.Before is { } before
            ? $"| {m.Name} | {m.Unit} | {before:0.##} | {m.After:0.##} |"
            : $"| {m.Name} | {m.Unit} | — | {m.After:0.##} |"));
        return new DemoCase(EntityId.Parse($"c{n:000}"), new CaseContent
        {
            Title = $"{trade}{words.Company[..2]}：{subject}",
            Summary = $"{organisation}联合{provider.Profile.Name}，{approach[..approach.IndexOf('，', StringComparison.Ordinal)]}，{metrics[0].Name}{Direction(metrics[0])}。",
            Body = $"""
                ## 背景与需求

                {organisation}主要生产{words.Product}。随着订单多品种、小批量趋势加剧和节能降碳要求提高，{words.Workshop}依靠人工经验管理的方式难以为继，{ReferenceData.Domains.NameOf(domain)}成为企业数字化转型的首要痛点。

                ## 解决方案

                企业携手{provider.Profile.Name}，{approach}。项目分“设备联网—数据贯通—模型优化”三步实施，历时约 {6 + i % 12} 个月完成。

                ## 实施成效

                | 指标 | 单位 | 实施前 | 实施后 |
                | --- | --- | --- | --- |
                {results}

                ## 推广价值

                该场景投资适中、见效快，已形成标准化实施方法，可在{ReferenceData.Industries.NameOf(industry)}行业同类{words.Workshop}复制推广。
                """,
            Subject = factory is null ? CaseSubject.Scenario : CaseSubject.Factory,
            Organisation = organisation,
            ContactName = person,
            ContactPhone = $"1380000{n:0000}",
            ContactEmail = $"demo{n:000}@example.com",
            Province = city.Province,
            City = city.City,
            Industries = [industry],
            Domains = [domain],
            Technologies = story.Technologies,
            Scenes = [story.Scene],
            Programs = (i % 4) switch
            {
                0 => ["smart-manufacturing-c1"],
                1 => [domain == "supply-chain" ? "fusion-2020-d01" : domain == "design" ? "fusion-2020-d04" : "fusion-2020-d03"],
                2 => [domain == "energy-saving" ? "fusion-2019-d11" : domain == "maintenance" ? "fusion-2019-d09" : "fusion-2019-d08"],
                _ => [],
            },
            Year = 2019 + i % 7,
            Metrics = metrics,
            Links = new CaseLinks(factory?.Id, null, [provider.Id], []),
        }, Publish: n % 54 != 0);
    }

    /// <summary>A figure within ±10 % of the typical one, so the portfolio does not repeat itself.</summary>
    private decimal Vary(decimal typical) => Math.Round(typical * (0.9m + (decimal)_random.NextDouble() * 0.2m), typical < 10 ? 1 : 0);

    private static string Direction(CaseMetric metric) =>
        metric.Before is not { } before ? $"达到 {metric.After:0.##} {metric.Unit}"
        : metric.After < before ? $"由 {before:0.##} {metric.Unit}降至 {metric.After:0.##} {metric.Unit}"
        : $"由 {before:0.##} {metric.Unit}提升至 {metric.After:0.##} {metric.Unit}";
}

public sealed record DemoProvider(EntityId Id, ProviderProfile Profile);

public sealed record DemoFactory(EntityId Id, FactoryProfile Profile, DateOnly DeclaredOn, IReadOnlyList<TitleDecision> Steps, string Industry);

public sealed record DemoPilotZone(EntityId Id, PilotZoneProfile Profile, DateOnly ProposedOn, IReadOnlyList<TitleDecision> Steps);

public sealed record DemoCase(EntityId Id, CaseContent Content, bool Publish)
{
    /// <summary>Its place in the portfolio, from 1.</summary>
    public int Number => int.Parse(Id.Value[1..], System.Globalization.CultureInfo.InvariantCulture);
}
