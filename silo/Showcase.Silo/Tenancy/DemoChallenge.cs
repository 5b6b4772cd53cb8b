using Showcase.Audit;
using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Providers;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy;

/// <summary>
/// The demo provider's listed catalog entry, a published case it delivered (to cite in a bid), and one open challenge
/// posted by the demo enterprise, so the <c>provider</c> account can bid out of the box. Dates count from the first
/// start; fixed ids, so a restart never adds them twice.
/// </summary>
internal static class DemoChallenge
{
    public static readonly EntityId Id = EntityId.Parse("demo-weld-inspection-task");

    private static readonly EntityId DeliveredCase = EntityId.Parse("demo-provider-stamping-vision");

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

        var delivered = grains.GetCase(new CatalogKey(tenant, DeliveredCase));
        if (await delivered.GetAsync() is null)
        {
            await delivered.CreateDraftAsync(new CaseContent
            {
                Title = "冲压件表面缺陷视觉检测（演示案例）",
                Summary = "在冲压线末端部署工业相机和边缘推理设备，在线检出开裂、拉毛和压痕，缺陷图片进入质量追溯系统。",
                Body = "## 做法\n\n冲压线末端加装 4 台工业相机，边缘设备推理，缺陷件自动分拣并回传质量系统（虚构，演示用）。",
                Organisation = "江淮精工车身有限公司",
                Province = "32",
                City = "3205",
                Industries = ["automotive"],
                Domains = ["quality"],
                Technologies = ["ai"],
                Year = 2025,
                Metrics = [new CaseMetric("漏检率", "%", 3.0m, 0.4m)],
                Links = CaseLinks.None with { Providers = [DemoPeople.Provider] },
            }, new Owner(EntityId.Parse("provider"), DemoPeople.Provider), Actor.System);
            await delivered.PublishAsync(Actor.System);
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
