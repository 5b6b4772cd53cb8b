using Microsoft.Playwright;
using Showcase.Common;
using Showcase.Programs;
using Showcase.Testing;
using Showcase.Testing.Files;
using Showcase.Testing.Pictures;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Programs;

public sealed class ProgramPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Curator_OpensACall_ApplicantSubmitsWithThePledge_RecommenderRanksIt()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var tenant = portal.Tenant;

        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{tenant}/programs");
        await curator.GetByLabel("试点示范项目 *").SelectOptionAsync("fusion-2020");
        await curator.GetByLabel("批次名称 *").FillAsync("2030年融合发展试点示范申报");
        await curator.GetByLabel("推荐截止 *").FillAsync("2030-11-20T17:00");
        await curator.GetByLabel("专家评审截止 *").FillAsync("2030-11-10T17:00");
        await curator.GetByLabel("公示 *").FillAsync("2030-12-18T17:00");
        await curator.GetByRole(AriaRole.Button, new() { Name = "发布批次" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("专家评审截止时间应晚于推荐截止时间");
        await Assertions.Expect(curator.GetByLabel("批次名称 *")).ToHaveValueAsync("2030年融合发展试点示范申报");
        await curator.GetByLabel("专家评审截止 *").FillAsync("2030-12-04T17:00");
        await curator.GetByRole(AriaRole.Button, new() { Name = "发布批次" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("申报批次已发布");
        var callId = EntityId.Parse(curator.Url.Split('?')[0].Split('/')[^1]);

        await curator.GotoAsync($"/t/{tenant}/programs");
        await curator.GetByLabel("单位", new() { Exact = true }).SelectOptionAsync("org-enterprise");
        await curator.GetByLabel("获评方向").SelectOptionAsync("fusion-2019-d05");
        await curator.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写获评项目名称");
        await Assertions.Expect(curator.GetByLabel("获评方向")).ToHaveValueAsync("fusion-2019-d05");
        await curator.GetByLabel("获评项目名称").FillAsync("离散行业工业互联网平台");
        await curator.GetByLabel("批次（如").FillAsync("2019年制造业与互联网融合发展试点示范");
        await curator.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("获评记录已登记");
        await Assertions.Expect(curator.GetByRole(AriaRole.Row).Filter(new() { HasText = "离散行业工业互联网平台" })).ToContainTextAsync("测试企业");
        await curator.GotoAsync($"/t/{tenant}/programs/{callId}");

        await curator.GetByLabel("测试市工业和信息化局 参加").CheckAsync();
        await curator.GetByLabel("测试市工业和信息化局 的类型").SelectOptionAsync("local-authority");
        await curator.GetByRole(AriaRole.Button, new() { Name = "保存推荐单位" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("推荐单位已保存");
        await Assertions.Expect(curator.GetByRole(AriaRole.Row).Filter(new() { HasText = "地方工业和信息化主管部门" }).First).ToContainTextAsync("不超过 10 项");
        var key = new ProgramCallKey(tenant, callId);
        var draft = ProgramSeed.Application("fusion-2020", "钢铁行业特色工业互联网平台", TestPortal.RecommenderOrg, "fusion-2020-d06");
        var answers = new Dictionary<string, string>(draft.Answers);
        answers.Remove("specialised-platform/overview");
        await fixture.Host.Grains.GetProgramApplication(new ProgramApplicationKey(key, TestPortal.EnterpriseOrg))
            .SaveAsync(draft with { Answers = answers }, 0, CatalogSeed.OwnedBy(TestPortal.Enterprise, TestPortal.EnterpriseOrg), "测试企业", ProgramSeed.Curator);
        var recommender = await fixture.SignedInPageAsync(tenant, TestPortal.Recommender);
        await recommender.GotoAsync($"/t/{tenant}/programs/{callId}");
        await Assertions.Expect(recommender.Locator("p.empty")).ToContainTextAsync("还没有申报单位向贵单位提交申报书");

        var applicant = await fixture.SignedInPageAsync(tenant, TestPortal.Enterprise);
        await applicant.GotoAsync($"/t/{tenant}/programs/{callId}");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "查看和修改申报书" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Heading, new() { Name = "试点示范项目申报书（特色专业型工业互联网平台）" })).ToBeVisibleAsync();
        await applicant.GetByLabel("添加文件：软著专利（复印件）").SetInputFilesAsync(
        [
            new FilePayload { Name = "软件著作权登记证书.pdf", MimeType = "application/pdf", Buffer = TestDocuments.Pdf },
            new FilePayload { Name = "假证书.pdf", MimeType = "application/pdf", Buffer = TestPictures.HtmlNamedPng },
        ]);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并提交申报书" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Alert)).ToContainTextAsync("“假证书.pdf”不是 PDF、Word（.docx）或 Excel（.xlsx）文件");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并提交申报书" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写《试点示范项目申报书（特色专业型工业互联网平台）》中的“（一）项目概述”");
        await Assertions.Expect(applicant.GetByRole(AriaRole.Alert)).ToContainTextAsync("请阅读并勾选真实性承诺");
        var kept = applicant.GetByRole(AriaRole.Group, new() { Name = "软著专利（复印件）" }).GetByRole(AriaRole.Checkbox);
        await Assertions.Expect(kept).ToBeCheckedAsync();
        await Assertions.Expect(kept).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex(@"软件著作权登记证书\.pdf\s*（PDF，1 KB）\s*（保留）"));
        await applicant.GetByLabel("（一）项目概述 *").FillAsync("面向钢铁行业的设备健康管理与工艺优化平台。");
        await applicant.GetByLabel(ProgramCatalog.Pledge).CheckAsync();
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并提交申报书" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Status)).ToContainTextAsync("申报书已提交给推荐单位");
        await Assertions.Expect(applicant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("已提交");
        await BrowserFixture.KeepScreenshotAsync(applicant, "program-application");
        var submitted = await fixture.Host.Grains.GetProgramApplication(new ProgramApplicationKey(key, TestPortal.EnterpriseOrg)).GetAsync();
        var document = Assert.Single(submitted!.Content.FilesOf("specialised-platform/ip"));
        Assert.Equal("软件著作权登记证书.pdf", document.Name);

        await recommender.GotoAsync($"/t/{tenant}/programs/{callId}");
        await recommender.GetByLabel("钢铁行业特色工业互联网平台 的排序").FillAsync("1");
        await recommender.GetByRole(AriaRole.Button, new() { Name = "提交推荐名单" }).ClickAsync();
        await Assertions.Expect(recommender.GetByRole(AriaRole.Status)).ToContainTextAsync("推荐名单已提交（1 项）");
        await Assertions.Expect(recommender.GetByRole(AriaRole.Row).Filter(new() { HasText = "测试市工业和信息化局" })).ToContainTextAsync("1 项");
        await recommender.GotoAsync($"/t/{tenant}/programs/{callId}/applications/{TestPortal.EnterpriseOrg}");
        var download = await recommender.RunAndWaitForDownloadAsync(() => recommender.GetByRole(AriaRole.Link, new() { Name = "软件著作权登记证书.pdf" }).ClickAsync());
        Assert.Equal("软件著作权登记证书.pdf", download.SuggestedFilename);
        Assert.Equal(TestDocuments.Pdf, await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));

        var rival = await fixture.SignedInPageAsync(tenant, TestPortal.RivalEnterprise);
        await rival.GotoAsync($"/t/{tenant}/programs/{callId}");
        await Assertions.Expect(rival.GetByText("钢铁行业特色工业互联网平台")).ToHaveCountAsync(0);
        Assert.Equal([TestPortal.EnterpriseOrg], (await fixture.Host.Grains.GetProgramCall(key).GetAsync())!.RecommendedBy(TestPortal.RecommenderOrg));
    }

    [Fact]
    public async Task Expert_ScoresOnTheWeb_CuratorPublishesTheList_ObjectionIsHeardAndDismissed()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var tenant = portal.Tenant;
        var seed = new ProgramSeed(fixture.Host.Grains, tenant);
        var callId = EntityId.New();
        // Long enough for the seeding below on a busy machine; the test then waits only for what is left of it.
        var due = DateTimeOffset.UtcNow.AddSeconds(12);
        var call = await seed.CallAsync(callId, ProgramSeed.Setup("fusion-2020", due: due), new RecommenderSeat(TestPortal.RecommenderOrg, "local-authority"));
        foreach (var (applicant, project) in new[] { (TestPortal.EnterpriseOrg, "汽车行业工业互联网平台"), (TestPortal.RivalEnterpriseOrg, "家电行业工业互联网平台") })
        {
            await seed.SubmittedAsync(callId, applicant, ProgramSeed.Application("fusion-2020", project, TestPortal.RecommenderOrg, "fusion-2020-d06"));
        }

        var grain = fixture.Host.Grains.GetProgramCall(call.Key);
        await grain.RecommendAsync(TestPortal.RecommenderOrg, [TestPortal.EnterpriseOrg, TestPortal.RivalEnterpriseOrg], ProgramSeed.Curator);
        await grain.SetEvaluationAsync(call.Evaluation.Rubric, [EntityId.Parse(TestPortal.Reviewer)], ProgramSeed.Curator);
        await Task.Delay(due - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);

        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{tenant}/programs/{callId}");
        await curator.GetByRole(AriaRole.Button, new() { Name = "开始专家评审" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("专家评审已开始");

        var expert = await fixture.SignedInPageAsync(tenant, TestPortal.Reviewer);
        await expert.GotoAsync($"/t/{tenant}/programs/{callId}");
        await expert.GetByRole(AriaRole.Link, new() { Name = "汽车行业工业互联网平台" }).First.ClickAsync();
        await Assertions.Expect(expert.GetByRole(AriaRole.Heading, new() { Name = "试点示范项目申报书（特色专业型工业互联网平台）" })).ToBeVisibleAsync();
        await expert.GetByLabel("创新性（权重 30，0–100 分）").FillAsync("90");
        await expert.GetByLabel("有效性与示范性（权重 30，0–100 分）").FillAsync("80");
        await expert.GetByLabel("可推广性（权重 25，0–100 分）").FillAsync("80");
        await expert.GetByRole(AriaRole.Button, new() { Name = "保存评分" }).ClickAsync();
        await Assertions.Expect(expert.GetByRole(AriaRole.Alert)).ToContainTextAsync("每项得分应在 0 到 100 之间");
        await expert.GetByLabel("实施基础（权重 15，0–100 分）").FillAsync("80");
        await expert.GetByLabel("评审意见").FillAsync("平台接入设备多，示范作用强。");
        await expert.GetByRole(AriaRole.Button, new() { Name = "保存评分" }).ClickAsync();
        await Assertions.Expect(expert.GetByRole(AriaRole.Status)).ToContainTextAsync("评分已保存");
        await expert.GotoAsync($"/t/{tenant}/programs/{callId}");
        await Assertions.Expect(expert.GetByRole(AriaRole.Region, new() { Name = "专家评审" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "汽车行业工业互联网平台" }))
            .ToContainTextAsync("90 / 80 / 80 / 80");

        await grain.ReviewAsync(new Showcase.Challenges.BidReview(EntityId.Parse(TestPortal.Reviewer), TestPortal.RivalEnterpriseOrg, [60, 60, 60, 60], "接入规模偏小。", default), ProgramSeed.Curator);

        await curator.ReloadAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Region, new() { Name = "主办方操作" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "汽车行业工业互联网平台" }))
            .ToContainTextAsync("83");
        await curator.GetByLabel("公示说明").FillAsync("经专家评审，拟入选项目如下。");
        await curator.GetByRole(AriaRole.Button, new() { Name = "公示入选名单（公示期 7 天）" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("请至少选择或填写一项入选项目");
        await Assertions.Expect(curator.GetByLabel("公示说明")).ToHaveValueAsync("经专家评审，拟入选项目如下。");
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
        await curator.GetByLabel("汽车行业工业互联网平台 入选").CheckAsync();
        await curator.GetByRole(AriaRole.Button, new() { Name = "公示入选名单（公示期 7 天）" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("入选名单已公示");

        var rival = await fixture.SignedInPageAsync(tenant, TestPortal.RivalEnterprise);
        await rival.GotoAsync($"/t/{tenant}/programs/{callId}");
        await Assertions.Expect(rival.GetByRole(AriaRole.Heading, new() { Name = "公示名单" })).ToBeVisibleAsync();
        await rival.GetByLabel("异议内容（事实和理由）").FillAsync("该平台接入设备数量与实际不符。");
        await rival.GetByRole(AriaRole.Button, new() { Name = "提出异议" }).ClickAsync();
        await Assertions.Expect(rival.GetByRole(AriaRole.Status)).ToContainTextAsync("异议已提交");
        await rival.GotoAsync($"/t/{tenant}/programs/{callId}/application");
        await Assertions.Expect(rival.GetByRole(AriaRole.Region, new() { Name = "评审反馈" })).ToContainTextAsync("在 2 个评审项目中排第 2 位，加权总分 60");
        await Assertions.Expect(rival.GetByRole(AriaRole.Region, new() { Name = "评审反馈" })).ToContainTextAsync("接入规模偏小。");

        await curator.ReloadAsync();
        await curator.GetByPlaceholder("处理意见").FillAsync("经核实，数据与合同清单一致。");
        await curator.GetByPlaceholder("处理意见").PressAsync("Enter");
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("请按“异议成立”或“异议不成立”处理这条异议。");
        await Assertions.Expect(curator.GetByPlaceholder("处理意见")).ToHaveValueAsync("经核实，数据与合同清单一致。");
        await curator.GetByRole(AriaRole.Button, new() { Name = "异议不成立" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("异议已处理");
        await Assertions.Expect(curator.Locator(".objection")).ToContainTextAsync("异议不成立：经核实，数据与合同清单一致。");
        await Assertions.Expect(curator.GetByText("经专家评审，拟入选项目如下。")).ToBeVisibleAsync();
        await BrowserFixture.KeepScreenshotAsync(curator, "program-publication");

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync($"/t/{tenant}/programs/{callId}");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "汽车行业工业互联网平台" })).ToContainTextAsync("申报单位org-enterprise");
        await Assertions.Expect(visitor.GetByText("该平台接入设备数量与实际不符")).ToHaveCountAsync(0);
    }
}
