using Showcase.Audit;
using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Factories;
using Showcase.Listings;
using Showcase.PilotZones;
using Showcase.Providers;
using Showcase.Tenancy;
using Showcase.Titles;

namespace Showcase.Testing;

/// <summary>Writes catalog entities straight into a portal's grains, as its people would have, for page tests.</summary>
public sealed class CatalogSeed(IGrainFactory grains, TenantId tenant)
{
    private static readonly Actor Curator = new("curator", "测试策展人");

    public static CaseContent Case(string title, string industry = "automotive", string domain = "quality") => new()
    {
        Title = title,
        Summary = "用机器视觉在线检测焊点质量，缺陷数据实时回传质量系统。",
        Body = "## 做法\n\n在焊装车间部署工业相机和边缘计算设备，对每一个焊点在线检测，缺陷数据实时回传质量管理系统，形成闭环改进。",
        Organisation = "示例汽车有限公司",
        ContactName = "王工",
        ContactPhone = "13800138000",
        Province = "32",
        City = "3205",
        Industries = [industry],
        Domains = [domain],
        Technologies = ["ai"],
        Year = 2025,
        Metrics = [new CaseMetric("焊点缺陷率", "%", 1.2m, 0.3m), new CaseMetric("检测效率", "点/分钟", null, 120)],
    };

    public static FactoryProfile Factory(string name, string province = "33", string city = "3302") => new()
    {
        Name = name,
        Enterprise = "示例轴承股份有限公司",
        Province = province,
        City = city,
        SubIndustry = "general-equipment",
        Level = "national",
        Summary = "轴承全流程数字化。",
        Technologies = ["5g", "digital-twin"],
    };

    public static ProviderProfile Provider(string name) => new()
    {
        Name = name,
        Kind = "it",
        Province = "11",
        Summary = "为离散制造提供 MES 与质量追溯。",
        Capabilities = [new Capability("automotive", "quality", ["ai"])],
        Platform = new PlatformFigures { PlatformName = "示例云平台", DevelopersRegistered = 1200, DevelopersActive = 300 },
    };

    public CatalogKey Key(string id) => new(tenant, EntityId.Parse(id));

    /// <summary>A case written by <paramref name="owner"/>, published when <paramref name="publish"/>.</summary>
    public async Task<CaseSnapshot> CaseAsync(string id, CaseContent content, Owner? owner = null, bool publish = true)
    {
        var grain = grains.GetCase(Key(id));
        var created = await grain.CreateDraftAsync(content, owner ?? Owner.Nobody, Curator);
        return publish ? await grain.PublishAsync(Curator) : created;
    }

    /// <summary>A factory declared on 2024-03-01, selected on 2024-06-01 when <paramref name="select"/>.</summary>
    public async Task<FactorySnapshot> FactoryAsync(string id, FactoryProfile profile, bool select = true, Owner? owner = null)
    {
        var grain = grains.GetFactory(Key(id));
        await grain.DeclareAsync(profile, new DateOnly(2024, 3, 1), owner ?? Owner.Nobody, Curator);
        if (select)
        {
            await grain.AdvanceTitleAsync(new TitleDecision(TitleAction.Select, new DateOnly(2024, 6, 1), "列入揭榜单位名单"), Curator);
        }

        return (await grain.GetAsync())!;
    }

    /// <summary>A pilot zone over <paramref name="cities"/>, proposed on 2024-03-01 and recognised on 2024-06-01.</summary>
    public async Task<PilotZoneSnapshot> PilotZoneAsync(string id, string name, params string[] cities)
    {
        var zone = grains.GetPilotZone(Key(id));
        await zone.ProposeAsync(new PilotZoneProfile { Name = name, Cities = cities }, new DateOnly(2024, 3, 1), Owner.Nobody, Curator);
        await zone.AdvanceTitleAsync(new TitleDecision(TitleAction.Select, new DateOnly(2024, 4, 1), "方案论证通知"), Curator);
        await zone.AdvanceTitleAsync(new TitleDecision(TitleAction.Recognise, new DateOnly(2024, 6, 1), "建设方案批复"), Curator);
        return (await zone.GetAsync())!;
    }

    /// <summary>A provider registered (by <paramref name="owner"/>'s organisation when given) and listed.</summary>
    public async Task<ProviderSnapshot> ProviderAsync(string id, ProviderProfile profile, Owner? owner = null)
    {
        var grain = grains.GetProvider(Key(id));
        await grain.RegisterAsync(profile, owner ?? Owner.Nobody, Curator);
        return await grain.ListAsync(Curator);
    }

    /// <summary>Posts a challenge (榜单) and opens it for bids until <paramref name="days"/> days from now.</summary>
    public async Task<IChallengeGrain> OpenChallengeAsync(
        string id, string title = "焊点在线检测", string industry = "automotive", Owner? owner = null, int days = 5)
    {
        var challenge = grains.GetChallenge(new ChallengeKey(tenant, EntityId.Parse(id)));
        await challenge.CreateAsync(new ChallengeContent
        {
            Title = title, Goals = "全检。", Indicators = [new ChallengeIndicator("漏检率", "≤ 0.5%")], BidsDue = DateTimeOffset.UtcNow.AddDays(days), Industry = industry,
        }, owner ?? Owner.Nobody, Actor.System);
        await challenge.OpenAsync(Actor.System);
        return challenge;
    }

    /// <summary>A complete bid (揭榜方案) of <paramref name="provider"/>.</summary>
    public static BidContent Bid(EntityId provider) => new()
    {
        Proposal = $"{provider} 的振动监测与机理模型方案。",
        Price = 300,
        Schedule = "半年",
        Team = ["张工 · 项目经理"],
    };

    public static Owner OwnedBy(string login, EntityId organisation) => new(EntityId.Parse(login), organisation);
}
