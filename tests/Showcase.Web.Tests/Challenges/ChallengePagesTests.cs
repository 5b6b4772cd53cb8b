using Microsoft.Playwright;
using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Testing;
using Showcase.Testing.Files;
using Showcase.Testing.Pictures;
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
        await seed.ProviderAsync("vision", CatalogSeed.Provider("视界科技"), providerOwner);
        await seed.CaseAsync("delivered", CatalogSeed.Case("白车身焊点视觉检测") with { Links = CaseLinks.None with { Providers = [EntityId.Parse("vision")] } });

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
        await curator.GetByLabel("所属行业 *").SelectOptionAsync("automotive");
        await curator.GetByLabel("所属领域").SelectOptionAsync("quality");
        await curator.GetByLabel("揭榜截止 *").FillAsync(DateTime.Now.AddDays(20).ToString("yyyy-MM-ddTHH:mm"));
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("草稿已保存");
        await curator.GetByRole(AriaRole.Button, new() { Name = "发榜" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("已发榜");
        var challengeUrl = curator.Url.Split('?')[0];

        var bidder = await fixture.SignedInPageAsync(tenant, TestPortal.Provider);
        await bidder.GotoAsync($"/t/{tenant}/challenges");
        await bidder.Locator("select[name=industry]").SelectOptionAsync("textiles");
        await bidder.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(bidder.Locator(".empty")).ToContainTextAsync("没有符合筛选条件的榜单");
        await bidder.Locator("select[name=industry]").SelectOptionAsync("automotive");
        await bidder.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await bidder.GetByRole(AriaRole.Link, new() { Name = "焊装车间焊点质量在线检测" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Row).Filter(new() { HasText = "漏检率" })).ToContainTextAsync("≤ 0.5%");
        await bidder.GetByLabel("技术方案（支持 Markdown）").FillAsync("## 方案\n工业相机 + 边缘推理。");
        await bidder.GetByLabel("报价（万元）").FillAsync("380");
        await bidder.GetByLabel("实施计划").FillAsync("六个月");
        await bidder.GetByLabel("项目团队").FillAsync("王工 · 项目经理");
        await bidder.GetByLabel("白车身焊点视觉检测").CheckAsync();
        await bidder.GetByRole(AriaRole.Button, new() { Name = "提交揭榜方案" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Status).First).ToContainTextAsync("揭榜方案已提交");
        await BrowserFixture.KeepScreenshotAsync(bidder, "challenge-bid");
        await bidder.GotoAsync($"/t/{tenant}/challenges");
        await bidder.GetByRole(AriaRole.Link, new() { Name = "我的揭榜" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Row).Filter(new() { HasText = "焊装车间焊点质量在线检测" })).ToContainTextAsync("已提交");
        await Assertions.Expect(bidder.GetByRole(AriaRole.Region, new() { Name = "为视界科技推荐的榜单" })).ToContainTextAsync("行业相同");

        await bidder.GotoAsync(challengeUrl);
        await bidder.GetByLabel("提问").FillAsync("现有相机能否利旧？");
        await bidder.GetByRole(AriaRole.Button, new() { Name = "提交问题" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Status).First).ToContainTextAsync("问题已提交");

        await curator.GotoAsync(challengeUrl);
        var qa = curator.GetByRole(AriaRole.Region, new() { Name = "答疑" });
        await Assertions.Expect(qa).ToContainTextAsync("（视界科技 提问）");
        await qa.GetByLabel("答复").FillAsync("可以利旧，需 500 万像素以上。");
        await qa.GetByRole(AriaRole.Button, new() { Name = "答复" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("答复已公开");
        await bidder.GotoAsync(challengeUrl);
        await Assertions.Expect(bidder.GetByRole(AriaRole.Region, new() { Name = "答疑" })).ToContainTextAsync("可以利旧，需 500 万像素以上。");

        await curator.GetByLabel("评审标准（每行一项").FillAsync("技术方案：60\n报价：30");
        await curator.GetByLabel($"测试{TestPortal.Reviewer}").CheckAsync();
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存评审设置" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("权重合计应为 100，现在是 90");
        await Assertions.Expect(curator.GetByLabel("评审标准（每行一项")).ToHaveValueAsync("技术方案：60\n报价：30");
        await Assertions.Expect(curator.GetByLabel($"测试{TestPortal.Reviewer}")).ToBeCheckedAsync();
        await curator.GetByLabel("评审标准（每行一项").FillAsync("技术方案：70\n报价：30");
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存评审设置" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("评审设置已保存");

        var console = curator.GetByRole(AriaRole.Region, new() { Name = "揭榜方案（1 份）" });
        await Assertions.Expect(console.GetByRole(AriaRole.Row).Filter(new() { HasText = "视界科技" }).First).ToContainTextAsync("380 万元");
        Assert.DoesNotContain(">vision<", await console.InnerHTMLAsync());
        await console.GetByText("查看 视界科技 的方案").ClickAsync();
        await Assertions.Expect(console.Locator("details")).ToContainTextAsync("工业相机 + 边缘推理。");
        await Assertions.Expect(console.Locator("details").GetByRole(AriaRole.Link, new() { Name = "白车身焊点视觉检测" })).ToHaveAttributeAsync("href", $"/t/{tenant}/cases/delivered");
        var stored = await fixture.Host.Grains.GetChallenge(new ChallengeKey(tenant, EntityId.Parse(challengeUrl.Split('/')[^1]))).GetAsync();
        Assert.Equal((ChallengeStatus.Open, BidStatus.Submitted), (stored!.Status, Assert.Single(stored.Bids).Status));
        Assert.Equal([EntityId.Parse(TestPortal.Reviewer)], stored.Evaluation.Reviewers);
    }

    [Fact]
    public async Task ChallengeForm_ReportsEveryProblemInOnePass_AndKeepsWhatWasTyped()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{tenant}/challenges/new");
        await curator.GetByLabel("攻关目标 *").FillAsync("实现焊点 100% 在线检测。");
        await curator.GetByLabel("5G").CheckAsync();
        await curator.GetByLabel("预算下限（万元）").FillAsync("五百");
        await curator.GetByLabel("预算上限（万元）").FillAsync("100");
        await curator.GetByLabel("揭榜截止 *").FillAsync("2020-01-01T09:00");
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();

        var alert = curator.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("请填写榜单名称");
        await Assertions.Expect(alert).ToContainTextAsync("预算下限（万元）应是数字，例如 300（现在是“五百”）");
        await Assertions.Expect(alert).ToContainTextAsync("揭榜截止时间（2020-01-01 09:00）已经过去");
        await Assertions.Expect(curator.GetByLabel("攻关目标 *")).ToHaveValueAsync("实现焊点 100% 在线检测。");
        await Assertions.Expect(curator.GetByLabel("预算下限（万元）")).ToHaveValueAsync("五百");
        await Assertions.Expect(curator.GetByLabel("5G")).ToBeCheckedAsync();

        await curator.GetByLabel("榜单名称 *").FillAsync("焊点在线检测");
        await curator.GetByLabel("预算下限（万元）").FillAsync("500");
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(alert).ToContainTextAsync("预算下限（500 万元）高于上限（100 万元）");
        await Assertions.Expect(alert).ToContainTextAsync("已经过去");
        Assert.Equal(0, (await fixture.Host.Grains.GetChallengeBoard(tenant).ListAsync(new ChallengeBoardQuery())).TotalCount);
    }

    [Fact]
    public async Task ADraft_NeedsATitle_AndItsPosterDeletesIt()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{tenant}/challenges/new");
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写榜单名称");

        await curator.GetByLabel("榜单名称 *").FillAsync("写了一半的榜单");
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("草稿已保存");
        await curator.GetByRole(AriaRole.Button, new() { Name = "删除草稿" }).ClickAsync();

        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("榜单草稿“写了一半的榜单”已删除");
        await Assertions.Expect(curator.GetByRole(AriaRole.Link, new() { Name = "写了一半的榜单" })).ToHaveCountAsync(0);
        Assert.Equal(0, (await fixture.Host.Grains.GetChallengeBoard(tenant).ListAsync(new ChallengeBoardQuery())).TotalCount);
    }

    [Fact]
    public async Task BidForm_RefusedForAPriceItCannotRead_KeepsTheProposalAndItsDocument_ThePosterReadsIt()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.ProviderAsync("vision", CatalogSeed.Provider("视界科技"), CatalogSeed.OwnedBy(TestPortal.Provider, TestPortal.ProviderOrg));
        var challenge = await seed.OpenChallengeAsync("weld");

        var bidder = await fixture.SignedInPageAsync(tenant, TestPortal.Provider);
        await bidder.GotoAsync($"/t/{tenant}/challenges/weld");
        await bidder.GetByLabel("提问").FillAsync("现有相机能否利旧？");
        await bidder.GetByRole(AriaRole.Button, new() { Name = "提交问题" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Status).First).ToContainTextAsync("问题已提交");

        await bidder.GetByLabel("技术方案（支持 Markdown）").FillAsync("## 方案\n工业相机 + 边缘推理。");
        await bidder.GetByLabel("报价（万元）").FillAsync("三百八十");
        await bidder.GetByLabel("添加附件").SetInputFilesAsync(
        [
            new FilePayload { Name = "技术方案.pdf", MimeType = "application/pdf", Buffer = TestDocuments.Pdf },
            new FilePayload { Name = "假文件.pdf", MimeType = "application/pdf", Buffer = TestPictures.HtmlNamedPng },
        ]);
        await bidder.GetByRole(AriaRole.Button, new() { Name = "提交揭榜方案" }).ClickAsync();

        var alert = bidder.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("报价（万元）应是数字");
        await Assertions.Expect(alert).ToContainTextAsync("请填写实施计划");
        await Assertions.Expect(alert).ToContainTextAsync("项目团队");
        await Assertions.Expect(alert).ToContainTextAsync("“假文件.pdf”不是 PDF、Word（.docx）或 Excel（.xlsx）文件");
        await Assertions.Expect(bidder.GetByLabel("技术方案（支持 Markdown）")).ToHaveValueAsync("## 方案\n工业相机 + 边缘推理。");
        await Assertions.Expect(bidder.GetByLabel("报价（万元）")).ToHaveValueAsync("三百八十");
        await Assertions.Expect(bidder.GetByRole(AriaRole.Checkbox, new() { Name = "技术方案.pdf" })).ToBeCheckedAsync();
        await Assertions.Expect(bidder.GetByText("问题已提交")).ToHaveCountAsync(0);
        Assert.Empty((await challenge.GetAsync())!.Bids);

        await bidder.GetByLabel("报价（万元）").FillAsync("380");
        await bidder.GetByRole(AriaRole.Button, new() { Name = "提交揭榜方案" }).ClickAsync();
        await Assertions.Expect(alert).ToContainTextAsync("请填写实施计划");
        await Assertions.Expect(bidder.GetByRole(AriaRole.Checkbox, new() { Name = "技术方案.pdf" })).ToBeCheckedAsync();
        await bidder.GetByLabel("实施计划").FillAsync("六个月");
        await bidder.GetByLabel("项目团队").FillAsync("王工 · 项目经理");
        await bidder.GetByRole(AriaRole.Button, new() { Name = "提交揭榜方案" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Status).First).ToContainTextAsync("揭榜方案已提交");
        await BrowserFixture.KeepScreenshotAsync(bidder, "bid-with-document");
        var bid = await fixture.Host.Grains.GetBid(new ChallengeKey(tenant, EntityId.Parse("weld")), EntityId.Parse("vision")).GetAsync();
        Assert.Equal(["技术方案.pdf"], bid!.Content.Files.Select(f => f.Name));

        var poster = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await poster.GotoAsync($"/t/{tenant}/challenges/weld");
        await poster.GetByText("查看 视界科技 的方案").ClickAsync();
        var download = await poster.RunAndWaitForDownloadAsync(() => poster.GetByRole(AriaRole.Link, new() { Name = "技术方案.pdf" }).ClickAsync());
        Assert.Equal("技术方案.pdf", download.SuggestedFilename);
        Assert.Equal(TestDocuments.Pdf, await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Reviewer_ScoresLetteredBids_DeclaresAConflict_SeesTheRanking()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        var challenge = await seed.OpenChallengeAsync("weld");
        foreach (var (id, proposal) in new[] { ("alpha", "方案甲：工业相机阵列。"), ("beta", "方案乙：激光三角测量。") })
        {
            await seed.ProviderAsync(id, CatalogSeed.Provider($"{id}科技"));
            await challenge.SubmitBidAsync(EntityId.Parse(id), new BidContent { Proposal = proposal, Price = 300, Schedule = "半年", Team = ["王工"] }, "op", Showcase.Audit.Actor.System);
        }

        await challenge.SetEvaluationAsync([new RubricCriterion("技术方案", 70), new RubricCriterion("报价", 30)], [EntityId.Parse(TestPortal.Reviewer)], blind: true, Showcase.Audit.Actor.System);
        await challenge.AdvanceAsync(ChallengeStatus.Evaluating, null, Showcase.Audit.Actor.System);

        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Reviewer);
        await page.GotoAsync($"/t/{tenant}/challenges/weld");
        await page.GetByRole(AriaRole.Link, new() { Name = "进入评审工作台" }).ClickAsync();
        var a = page.GetByRole(AriaRole.Region, new() { Name = "方案 A" });
        var b = page.GetByRole(AriaRole.Region, new() { Name = "方案 B" });
        await Assertions.Expect(a).ToContainTextAsync("工业相机阵列");
        Assert.DoesNotContain("alpha", await page.ContentAsync());
        Assert.DoesNotContain("beta", await page.ContentAsync());

        await a.GetByLabel("技术方案（权重 70）").FillAsync("90");
        await a.GetByLabel("报价（权重 30）").FillAsync("80");
        await a.GetByLabel("评审意见").FillAsync("方案扎实。");
        await a.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("方案 A 的评分已保存");

        // A score left empty (the browser itself stops numbers outside 0–100) is refused in words.
        await b.GetByLabel("报价（权重 30）").FillAsync("80");
        await b.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("每项得分应在 0 到 100 之间");
        await b.GetByRole(AriaRole.Button, new() { Name = "声明利益冲突并回避" }).ClickAsync();
        await Assertions.Expect(b).ToContainTextAsync("您已声明回避");

        var ranking = page.GetByRole(AriaRole.Region, new() { Name = "当前排名" });
        await Assertions.Expect(ranking.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("87");
        var stored = (await challenge.GetAsync())!.Evaluation;
        Assert.Equal([("alpha", 87m)], stored.Ranking().Select(r => (r.Provider.Value, r.Total)));
    }

    [Fact]
    public async Task Delivery_OrganiserPlansMilestones_WinnerReportsOnThem()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.ProviderAsync("vision", CatalogSeed.Provider("视界科技"), CatalogSeed.OwnedBy(TestPortal.Provider, TestPortal.ProviderOrg));
        var challenge = await seed.OpenChallengeAsync("weld");
        await challenge.SubmitBidAsync(EntityId.Parse("vision"), new BidContent { Proposal = "方案。", Price = 300, Schedule = "半年", Team = ["王工"] }, "op", Showcase.Audit.Actor.System);
        await challenge.AdvanceAsync(ChallengeStatus.Evaluating, null, Showcase.Audit.Actor.System);
        await challenge.AwardAsync([EntityId.Parse("vision")], null, Showcase.Audit.Actor.System);

        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{tenant}/challenges/weld");
        var milestones = curator.GetByRole(AriaRole.Region, new() { Name = "实施里程碑" });
        await milestones.GetByLabel("安排里程碑").FillAsync("部署完成：明天");
        await milestones.GetByRole(AriaRole.Button, new() { Name = "保存里程碑" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("“部署完成：明天”应写成“名称：日期”");
        await Assertions.Expect(milestones.GetByLabel("安排里程碑")).ToHaveValueAsync("部署完成：明天");
        await milestones.GetByLabel("安排里程碑").FillAsync($"部署完成：{DateTime.UtcNow.AddDays(60):yyyy-MM-dd}");
        await milestones.GetByRole(AriaRole.Button, new() { Name = "保存里程碑" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("里程碑已保存");
        await curator.GetByLabel("下一步").SelectOptionAsync("Delivering");
        await curator.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Assertions.Expect(curator.Locator("h1 .status")).ToHaveTextAsync("实施中");

        var winner = await fixture.SignedInPageAsync(tenant, TestPortal.Provider);
        await winner.GotoAsync($"/t/{tenant}/challenges/weld");
        await winner.GetByLabel("进展报告").FillAsync("12 个工位相机部署完毕。");
        await winner.GetByRole(AriaRole.Button, new() { Name = "报告进展" }).ClickAsync();
        await Assertions.Expect(winner.GetByRole(AriaRole.Region, new() { Name = "实施里程碑" })).ToContainTextAsync("进展：12 个工位相机部署完毕。");

        // 验收 needs a conclusion; it drafts the winner's case, links it from both pages and tells the winner.
        await curator.ReloadAsync();
        await curator.GetByLabel("下一步").SelectOptionAsync("Accepted");
        await curator.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("请写明验收结论");
        await curator.GetByLabel("下一步").SelectOptionAsync("Accepted");
        await curator.GetByLabel("说明（撤榜原因、验收结论）").FillAsync("漏检率 0.3%，达标。");
        await curator.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Assertions.Expect(curator.Locator("h1 .status")).ToHaveTextAsync("已验收");
        await Assertions.Expect(curator.GetByRole(AriaRole.Region, new() { Name = "发榜方操作" })).ToHaveCountAsync(0);
        await Assertions.Expect(curator.GetByRole(AriaRole.Region, new() { Name = "成果案例" })).ToContainTextAsync("焊点在线检测");

        await winner.GotoAsync($"/t/{tenant}/notifications");
        await winner.GetByRole(AriaRole.Link, new() { Name = "验收通过，案例草稿已生成" }).ClickAsync();
        await Assertions.Expect(winner.Locator("h1")).ToContainTextAsync("焊点在线检测");
        await Assertions.Expect(winner.Locator("main")).ToContainTextAsync("实测 0.3%");
        await winner.GotoAsync($"/t/{tenant}/my-bids");
        await winner.GetByRole(AriaRole.Link, new() { Name = "成果案例（请完善后提交发布）" }).ClickAsync();
        await Assertions.Expect(winner.Locator("h1")).ToContainTextAsync("焊点在线检测");
    }
}
