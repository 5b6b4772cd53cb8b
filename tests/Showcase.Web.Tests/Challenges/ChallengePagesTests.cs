using Microsoft.Playwright;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Challenges;

public sealed class ChallengePagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Organiser_PostsAndOpensAChallenge_ProviderBids_OrganiserSeesTheBid()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var tenant = portal.Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        var providerOwner = CatalogSeed.OwnedBy(TestPortal.Provider, TestPortal.ProviderOrg);
        var provider = fixture.Host.Grains.GetProvider(seed.Key("vision"));
        await provider.RegisterAsync(CatalogSeed.Provider("视界科技"), providerOwner, Showcase.Audit.Actor.System);
        await provider.ListAsync(Showcase.Audit.Actor.System);

        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{tenant}/challenges");
        await curator.GetByRole(AriaRole.Link, new() { Name = "发布榜单" }).ClickAsync();
        await curator.GetByLabel("榜单名称 *").FillAsync("焊装车间焊点质量在线检测");
        await curator.GetByLabel("预算下限（万元）").FillAsync("500");
        await curator.GetByLabel("预算上限（万元）").FillAsync("100");
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("预算下限（500 万元）高于上限（100 万元）");
        await Assertions.Expect(curator.GetByLabel("榜单名称 *")).ToHaveValueAsync("焊装车间焊点质量在线检测");

        await curator.GetByLabel("预算上限（万元）").FillAsync("800");
        await curator.GetByLabel("攻关目标 *").FillAsync("实现焊点 100% 在线检测。");
        await curator.GetByLabel("考核指标 *（每行一项").FillAsync("漏检率：≤ 0.5%\n检测节拍：≤ 60 秒/台");
        await curator.Locator("select[name=industry]").SelectOptionAsync("automotive");
        await curator.Locator("select[name=domain]").SelectOptionAsync("quality");
        await curator.GetByLabel("揭榜截止 *").FillAsync(DateTime.Now.AddDays(20).ToString("yyyy-MM-ddTHH:mm"));
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("草稿已保存");
        await curator.GetByRole(AriaRole.Button, new() { Name = "发榜" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("已发榜");
        var challengeUrl = curator.Url.Split('?')[0];

        var bidder = await fixture.SignedInPageAsync(tenant, TestPortal.Provider);
        await bidder.GotoAsync($"/t/{tenant}/challenges");
        await bidder.GetByRole(AriaRole.Link, new() { Name = "焊装车间焊点质量在线检测" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Row).Filter(new() { HasText = "漏检率" })).ToContainTextAsync("≤ 0.5%");
        await bidder.GetByLabel("技术方案（支持 Markdown）").FillAsync("## 方案\n工业相机 + 边缘推理。");
        await bidder.GetByLabel("报价（万元）").FillAsync("380");
        await bidder.GetByLabel("实施计划").FillAsync("六个月");
        await bidder.GetByLabel("项目团队").FillAsync("王工 · 项目经理");
        await bidder.GetByRole(AriaRole.Button, new() { Name = "提交揭榜方案" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Status).First).ToContainTextAsync("揭榜方案已提交");
        await BrowserFixture.KeepScreenshotAsync(bidder, "challenge-bid");
        await bidder.GotoAsync($"/t/{tenant}/challenges");
        await bidder.GetByRole(AriaRole.Link, new() { Name = "我的揭榜" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Row).Filter(new() { HasText = "焊装车间焊点质量在线检测" })).ToContainTextAsync("已提交");

        await curator.GotoAsync(challengeUrl);
        var console = curator.GetByRole(AriaRole.Region, new() { Name = "发榜方操作" });
        await Assertions.Expect(console.GetByRole(AriaRole.Row).Filter(new() { HasText = "vision" })).ToContainTextAsync("380 万元");
        var stored = await fixture.Host.Grains.GetChallenge(new ChallengeKey(tenant, EntityId.Parse(challengeUrl.Split('/')[^1]))).GetAsync();
        Assert.Equal((ChallengeStatus.Open, BidStatus.Submitted), (stored!.Status, Assert.Single(stored.Bids).Status));
    }
}
