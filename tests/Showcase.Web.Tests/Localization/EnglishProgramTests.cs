using Microsoft.Playwright;
using Showcase.Common;
using Showcase.Programs;
using Showcase.Testing;
using Showcase.Web.Localization;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Localization;

/// <summary>The pilot programs' list read in English, by a visitor and by a curator who records a past honour.</summary>
public sealed class EnglishProgramTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheCallsList_ReadsInEnglish_AndACuratorRecordsAPastHonourInEnglish()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        await new ProgramSeed(fixture.Host.Grains, tenant).CallAsync(EntityId.New(), ProgramSeed.Setup("fusion-2020"), new RecommenderSeat(TestPortal.RecommenderOrg, "local-authority"));
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);

        await page.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/programs"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Pilot programs");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("2020 Pilot Demonstrations of Integrated Development of Manufacturing and the Internet");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("(UTC+8)");

        var honours = page.GetByRole(AriaRole.Region, new() { Name = "Honours of past years" });
        await honours.GetByLabel("Name of the honoured project").FillAsync("汽车行业工业互联网平台");
        await honours.GetByLabel("Call (such as").FillAsync("2019");
        await honours.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Honour recorded");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Honours of past years" })).ToContainTextAsync("汽车行业工业互联网平台");
        await BrowserFixture.KeepScreenshotAsync(page, "programs-in-english");
    }

    [Fact]
    public async Task AnApplicant_ReadsTheCall_AndFillsTheApplicationInEnglish_ItsMistakesExplainedInEnglish_TheSeedFormsWordsInChinese()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var callId = EntityId.New();
        await new ProgramSeed(fixture.Host.Grains, tenant).CallAsync(callId, ProgramSeed.Setup("fusion-2020"), new RecommenderSeat(TestPortal.RecommenderOrg, "local-authority"));
        var draft = ProgramSeed.Application("fusion-2020", "钢铁行业特色工业互联网平台", TestPortal.RecommenderOrg, "fusion-2020-d06");
        await fixture.Host.Grains.GetProgramApplication(new ProgramApplicationKey(new ProgramCallKey(tenant, callId), TestPortal.EnterpriseOrg)).SaveAsync(
            draft with { Answers = draft.Answers.Where(a => a.Key != "specialised-platform/overview").ToDictionary() }, 0,
            CatalogSeed.OwnedBy(TestPortal.Enterprise, TestPortal.EnterpriseOrg), "测试企业", ProgramSeed.Curator);
        var applicant = await fixture.SignedInPageAsync(tenant, TestPortal.Enterprise);

        await applicant.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/programs/{callId}"));
        await Assertions.Expect(applicant.Locator("dl.facts")).ToContainTextAsync("Each applicant applies with one project");
        await Assertions.Expect(applicant.GetByRole(AriaRole.Row).Filter(new() { HasText = "测试市工业和信息化局" })).ToContainTextAsync("up to 10");
        await BrowserFixture.KeepScreenshotAsync(applicant, "call-in-english");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "See and change the application" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Application");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Save and submit the application" }).ClickAsync();

        var problems = applicant.GetByRole(AriaRole.Alert);
        await Assertions.Expect(problems).ToContainTextAsync("The application was not saved or submitted. Fix these:");
        await Assertions.Expect(problems).ToContainTextAsync("Fill in “（一）项目概述” in the form 试点示范项目申报书（特色专业型工业互联网平台）.");
        await Assertions.Expect(problems).ToContainTextAsync("Read and tick the pledge that the application is true");
        await applicant.GetByLabel("（一）项目概述 *").FillAsync("面向钢铁行业的设备健康管理与工艺优化平台。");
        await applicant.GetByLabel(ProgramCatalog.Pledge).CheckAsync();
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Save and submit the application" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Status)).ToContainTextAsync("The application was submitted to the recommender");
        await BrowserFixture.KeepScreenshotAsync(applicant, "application-in-english");
    }

    [Fact]
    public async Task ACurator_AdmitsRecommendersInEnglish_AMistypedQuotaExplainedInEnglish()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var callId = EntityId.New();
        await new ProgramSeed(fixture.Host.Grains, tenant).CallAsync(callId, ProgramSeed.Setup("fusion-2020"));
        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);

        await curator.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/programs/{callId}"));
        var console = curator.GetByRole(AriaRole.Region, new() { Name = "Organiser's actions" });
        await console.GetByLabel("测试市工业和信息化局 takes part").CheckAsync();
        await console.GetByLabel("Kind of 测试市工业和信息化局").SelectOptionAsync("local-authority");
        var quota = console.GetByLabel("Quota of 测试市工业和信息化局");
        await quota.EvaluateAsync("box => box.type = 'text'"); // what an old browser without number boxes lets through
        await quota.FillAsync("ten");
        await console.GetByRole(AriaRole.Button, new() { Name = "Save the recommenders" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Quota of 测试市工业和信息化局: should be a whole number");

        await console.GetByLabel("Quota of 测试市工业和信息化局").FillAsync("");
        await console.GetByRole(AriaRole.Button, new() { Name = "Save the recommenders" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("The recommenders were saved");
        await Assertions.Expect(curator.GetByRole(AriaRole.Row).Filter(new() { HasText = "测试市工业和信息化局" }).First).ToContainTextAsync("up to 10");
        await BrowserFixture.KeepScreenshotAsync(curator, "curator-console-in-english");
    }
}
