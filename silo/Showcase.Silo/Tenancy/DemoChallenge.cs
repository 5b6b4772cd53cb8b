using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Providers;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy;

/// <summary>
/// The demo provider's listed catalog entry and one open challenge posted by the demo enterprise, so the <c>provider</c>
/// account can bid out of the box. Dates count from the first start; fixed ids, so a restart never adds them twice.
/// </summary>
internal static class DemoChallenge
{
    public static readonly EntityId Id = EntityId.Parse("demo-weld-inspection-task");

    public static async Task SeedAsync(IGrainFactory grains, TenantId tenant, DateTimeOffset now)
    {
        var provider = grains.GetProvider(new CatalogKey(tenant, DemoPeople.Provider));
        if (await provider.GetAsync() is null)
        {
            await provider.RegisterAsync(new ProviderProfile
            {
                Name = "智云工业软件有限公司",
                Kind = "it",
                Province = "32",
                City = "3205",
                Summary = "工业互联网平台与机器视觉解决方案供应商，服务汽车零部件企业的质量检测与生产管控（虚构，演示用）。",
                Capabilities = [new Capability("automotive", "quality", []), new Capability("automotive", "production", [])],
            }, new Owner(EntityId.Parse("provider"), DemoPeople.Provider), Actor.System);
            await provider.ListAsync(Actor.System);
        }

        var challenge = grains.GetChallenge(new ChallengeKey(tenant, Id));
        if (await challenge.GetAsync() is not null)
        {
            return;
        }

        var due = new DateTimeOffset(now.Date, ChinaTime.Offset).AddDays(45).AddHours(17);
        await challenge.CreateAsync(new ChallengeContent
        {
            Title = "车身焊点质量在线检测（演示榜单）",
            Background = "冲焊车间每班约 4 000 个焊点靠人工抽检，漏检的虚焊要到总装才发现，返修成本高。",
            Goals = "在焊装线上实现焊点外观和虚焊的在线检测，检测结果进入质量追溯系统。",
            Indicators = [new ChallengeIndicator("漏检率", "≤ 0.5%"), new ChallengeIndicator("单点检测时间", "≤ 2", "秒")],
            Industry = "automotive",
            Domain = "quality",
            BudgetMin = 80,
            BudgetMax = 150,
            QuestionsDue = due.AddDays(-15),
            BidsDue = due,
        }, new Owner(EntityId.Parse("enterprise"), DemoPeople.Enterprise), Actor.System);
        await challenge.OpenAsync(Actor.System);
    }
}
