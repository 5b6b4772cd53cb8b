using Microsoft.Playwright;
using Showcase.Tenancy;
using Showcase.Testing;
using Showcase.Web.Localization;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Localization;

/// <summary>The interface's language: the person's choice, remembered; else the portal's default; addresses the same in both.</summary>
public sealed class LanguageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AVisitor_ReadsThePortalsDefaultLanguage_SwitchesToTheOther_AndKeepsIt_WhileLangAddressesNameOne()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        await fixture.Host.Grains.GetTenant(tenant).ConfigureAsync(new TenantProfile("English portal", "", TenantProfile.English), Showcase.Audit.Actor.System);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"/t/{tenant}/cases");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Demonstration factories" })).ToBeVisibleAsync();
        var english = await page.Locator("link[rel=alternate][hreflang=en]").GetAttributeAsync("href");
        Assert.EndsWith($"/t/{tenant}/cases?lang=en", english);
        Assert.EndsWith($"/t/{tenant}/cases", await page.Locator("link[rel=alternate][hreflang=x-default]").GetAttributeAsync("href"));

        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        Assert.EndsWith($"/t/{tenant}/cases", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "示范工厂" })).ToBeVisibleAsync();

        await page.GotoAsync($"/t/{tenant}/factories");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "English" })).ToHaveAttributeAsync("lang", "en");

        await page.GotoAsync(english!);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GotoAsync($"/t/{tenant}/factories");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
    }

    [Fact]
    public async Task TheHomePage_AndAMissingCase_ReadInEnglish()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"/t/{tenant}/?lang=en");
        await Assertions.Expect(page).ToHaveTitleAsync("测试门户 · Showcase");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Latest cases (0 in all)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("This portal has published no case yet.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Browse the cases" })).ToBeVisibleAsync();

        await page.GotoAsync($"/t/{tenant}/cases/no-such-case?lang=en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Case not found");
        await Assertions.Expect(page.Locator("main p")).ToHaveTextAsync("There is no case “no-such-case”, or it is not published yet. You may go back to the cases.");

        await page.GotoAsync($"/t/{tenant}/cases/no-such-case?lang=zh-CN");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("找不到案例");
        await Assertions.Expect(page.Locator("main p")).ToHaveTextAsync("编号为“no-such-case”的案例不存在或尚未发布。返回案例库。");
    }

    [Fact]
    public async Task AnEnglishReader_ListsTheCases_ReadsOne_AndSearches_WithReferenceNamesInEnglish()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护", "ferrous-metals", "maintenance"));
        await seed.CaseAsync("engine", CatalogSeed.Case("发动机缸体远程运维", "automotive", "maintenance"));
        await SearchIndexed.WaitAsync(fixture.Host, tenant.Value, 2);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/cases"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cases (2 in all)");
        var blower = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "高炉鼓风机预测性维护" });
        await Assertions.Expect(blower).ToContainTextAsync("Suzhou, Jiangsu");
        await Assertions.Expect(blower).ToContainTextAsync("Ferrous metals");
        await Assertions.Expect(blower).ToContainTextAsync("Published");
        await page.GetByLabel("Industry").SelectOptionAsync(new SelectOptionValue { Label = "Automotive" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cases (1 in all)");

        await page.GetByRole(AriaRole.Link, new() { Name = "发动机缸体远程运维" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("发动机缸体远程运维 · Case · Showcase");
        var facts = page.Locator("dl.facts");
        await Assertions.Expect(facts).ToContainTextAsync("Key technologies");
        await Assertions.Expect(facts).ToContainTextAsync("Artificial intelligence");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Results" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Before" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
        await page.GetByPlaceholder("Search cases, scenarios, factories").FillAsync("预测性维护");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var results = page.GetByRole(AriaRole.Region, new() { Name = "Search results" });
        await Assertions.Expect(results).ToContainTextAsync("2 found");
        await Assertions.Expect(results.Locator(".hits li .tag")).ToHaveTextAsync(["Case", "Case"]);
        var facets = page.GetByRole(AriaRole.Navigation, new() { Name = "Filters" });
        await Assertions.Expect(facets.GetByRole(AriaRole.Heading, new() { Name = "Industry" })).ToBeVisibleAsync();
        await Assertions.Expect(facets.GetByRole(AriaRole.Link).Filter(new() { HasText = "Ferrous metals" })).ToBeVisibleAsync();
        await BrowserFixture.KeepScreenshotAsync(page, "search-in-english");

        await page.GotoAsync($"/t/{tenant}/search?q=zzqqxx");
        await Assertions.Expect(page.GetByText("Nothing found for “zzqqxx”.")).ToBeVisibleAsync();
        Assert.Empty(await page.Locator("main").EvaluateAsync<string[]>("m => [...m.querySelectorAll('h1,h2,label,button,th,dt,p.empty,p.hint,.result-head')].map(e => e.textContent).filter(t => /[\u4e00-\u9fff]/.test(t))"));
    }

    [Fact]
    public async Task TheSwitch_ReturnsOnlyToAPathOnThisSite()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.APIRequest.GetAsync("/language/en?back=//example.com/x", new() { MaxRedirects = 0 });

        Assert.Equal(302, response.Status);
        Assert.Equal("/", response.Headers["location"]);
    }
}
