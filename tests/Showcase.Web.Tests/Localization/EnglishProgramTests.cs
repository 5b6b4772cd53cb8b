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
}
