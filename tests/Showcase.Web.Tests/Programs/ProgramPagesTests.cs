using Microsoft.Playwright;
using Showcase.Common;
using Showcase.Programs;
using Showcase.Testing;
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
        await curator.Locator("select[name=program]").SelectOptionAsync("fusion-2020");
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

        var key = new ProgramCallKey(tenant, callId);
        var call = (await fixture.Host.Grains.GetProgramCall(key).GetAsync())!;
        await fixture.Host.Grains.GetProgramCall(key).SetRecommendersAsync([new RecommenderSeat(TestPortal.RecommenderOrg, "local-authority")], call.Version, ProgramSeed.Curator);
        var draft = ProgramSeed.Application("fusion-2020", "钢铁行业特色工业互联网平台", TestPortal.RecommenderOrg, "fusion-2020-d06");
        var answers = new Dictionary<string, string>(draft.Answers);
        answers.Remove("specialised-platform/overview");
        await fixture.Host.Grains.GetProgramApplication(new ProgramApplicationKey(key, TestPortal.EnterpriseOrg))
            .SaveAsync(draft with { Answers = answers }, 0, CatalogSeed.OwnedBy(TestPortal.Enterprise, TestPortal.EnterpriseOrg), "测试企业", ProgramSeed.Curator);

        var applicant = await fixture.SignedInPageAsync(tenant, TestPortal.Enterprise);
        await applicant.GotoAsync($"/t/{tenant}/programs/{callId}");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "查看和修改申报书" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Heading, new() { Name = "试点示范项目申报书（特色专业型工业互联网平台）" })).ToBeVisibleAsync();
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并提交申报书" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写《试点示范项目申报书（特色专业型工业互联网平台）》中的“（一）项目概述”");
        await Assertions.Expect(applicant.GetByRole(AriaRole.Alert)).ToContainTextAsync("请阅读并勾选真实性承诺");
        await applicant.GetByLabel("（一）项目概述 *").FillAsync("面向钢铁行业的设备健康管理与工艺优化平台。");
        await applicant.GetByLabel(ProgramCatalog.Pledge).CheckAsync();
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并提交申报书" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Status)).ToContainTextAsync("申报书已提交给推荐单位");
        await Assertions.Expect(applicant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("已提交");
        await BrowserFixture.KeepScreenshotAsync(applicant, "program-application");

        var recommender = await fixture.SignedInPageAsync(tenant, TestPortal.Recommender);
        await recommender.GotoAsync($"/t/{tenant}/programs/{callId}");
        await recommender.GetByLabel("钢铁行业特色工业互联网平台 的排序").FillAsync("1");
        await recommender.GetByRole(AriaRole.Button, new() { Name = "提交推荐名单" }).ClickAsync();
        await Assertions.Expect(recommender.GetByRole(AriaRole.Status)).ToContainTextAsync("推荐名单已提交（1 项）");
        await Assertions.Expect(recommender.GetByRole(AriaRole.Row).Filter(new() { HasText = "测试市工业和信息化局" })).ToContainTextAsync("1 项");

        var rival = await fixture.SignedInPageAsync(tenant, TestPortal.RivalEnterprise);
        await rival.GotoAsync($"/t/{tenant}/programs/{callId}");
        await Assertions.Expect(rival.GetByText("钢铁行业特色工业互联网平台")).ToHaveCountAsync(0);
        Assert.Equal([TestPortal.EnterpriseOrg], (await fixture.Host.Grains.GetProgramCall(key).GetAsync())!.RecommendedBy(TestPortal.RecommenderOrg));
    }
}
